package dev.chorus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page copied from a browser shows near its top: "Updated: November 20, 2026 10:14
 * IST", "Posted Sat 21 Nov 2026 at 5:30am, updated …", "By Owen Treloar | Published 21 November
 * 2026", "MUMBAI, November 21, 2026 08:45 IST". A line is a date line only when, besides the
 * date, it holds nothing but the words such lines are made of (times, time zones, weekdays,
 * "Published", "Updated", "4 min read") in at least one of its parts between bars or dots, so
 * a story's sentence with a date in it, or an obituary's "born 3 March 1938; died 14 November
 * 2026", is no date line.
 */
final class DateLine {
    /** How far down a pasted page its date line can be: title, section, headline, standfirst, byline, date. */
    private static final int LOOK_AT = 15;
    private static final int LONGEST = 160;

    private static final String MONTH = "(?<m%d>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:" + MONTH.formatted(1) + " (?<d1>\\d{1,2}),? (?<y1>\\d{4})"
                    + "|(?<d2>\\d{1,2}) " + MONTH.formatted(2) + ",? (?<y2>\\d{4})"
                    + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** The parts of "News | Local | Saturday 21 November 2026 | 4 comments". */
    private static final Pattern PARTS = Pattern.compile("\\s+[|·•]\\s+|\\s+[-–—]\\s+");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}(?:[:.]\\d{2})?(?:[ap]\\.?m\\.?|[AP]M)?|[ap]\\.?m\\.?|[AP]M"
            + "|\\(?[A-Z]{2,5}\\)?|\\d+");
    private static final Set<String> WORDS = Set.of("published", "updated", "posted", "originally", "last", "on", "at",
            "first", "live", "liveupdated", "ago", "hours", "hour", "minutes", "minute", "min", "mins", "read", "just",
            "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "and", "|", "-", "–", "—", "·", "•", "",
            // the second date of "Posted Tue 4 Mar 2027 at 6:15am, updated Tue 4 Mar 2027 at 9:02am"
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

    private DateLine() {
    }

    /** The date of the first date line among the blocks at the top, or null. */
    static LocalDate find(List<RawBlock> blocks) {
        for (int i = 0; i < Math.min(LOOK_AT, blocks.size()); i++) {
            LocalDate date = of(blocks.get(i).text());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date a line shows when it is a date line, else null. */
    static LocalDate of(String line) {
        if (line.length() > LONGEST) {
            return null;
        }
        for (String part : PARTS.split(line.strip())) {
            Matcher m = DATE.matcher(part);
            if (m.find() && onlyDateWords(part.substring(0, m.start()), true) && onlyDateWords(part.substring(m.end()), false)) {
                return date(m);
            }
        }
        return null;
    }

    /**
     * Whether the words around a date are those of a date line; before it, a place may come
     * first, ended by a comma ("Accra, Saturday, 21 November 2026", "MUMBAI, November 21").
     */
    private static boolean onlyDateWords(String s, boolean before) {
        String[] words = s.strip().split("\\s+");
        int from = 0;
        if (before) {
            for (int i = 0; i < Math.min(2, words.length); i++) {
                if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && words[i].endsWith(",")
                        && !WORDS.contains(bare(words[i]))) {
                    from = i + 1;
                    break;
                }
            }
        }
        for (int i = from; i < words.length; i++) {
            String w = bare(words[i]);
            if (!WORDS.contains(w) && !TIME.matcher(stripped(words[i])).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String stripped(String word) {
        int end = word.length();
        while (end > 0 && ",;:".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    private static String bare(String word) {
        String w = stripped(word);
        if (w.endsWith(".") && !w.endsWith("m.")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("y1") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("y2") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            }
            return LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
