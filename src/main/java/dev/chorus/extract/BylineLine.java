package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who wrote a page copied from a browser, from its byline near the top: "By Kevin Mutua", "By
 * Julia Ferreira, Parliamentary Bureau", "By Owen Treloar | Published 21 November 2026", "By
 * Adaeze Nwosu and Kunle Ajayi", "By RENATA SILVA", "Words by Isobel Grantham". A story's
 * sentence ("By mid-morning, placards…", "By the 1970s his guitars…") and a desk with no name
 * ("By Court Reporter", "By Staff Writer") are no byline.
 */
final class BylineLine {
    private static final int LOOK_AT = 15;
    private static final int LONGEST = 120;
    private static final List<String> OPENINGS = List.of("By ", "Written by ", "Words by ", "Reporting by ");
    /** Words of a desk or a newsroom, not of a name. */
    private static final Set<String> DESK = Set.of("reporter", "correspondent", "staff", "writer", "editor", "desk",
            "bureau", "news", "service", "critic", "team", "wire", "agency", "agencies", "newsroom", "online",
            "press", "associated", "reuters", "afp", "ap", "the", "our", "special");
    private static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "der", "den", "del", "la", "le",
            "du", "di", "bin", "binti", "al", "el");

    private BylineLine() {
    }

    /** The names of the first byline among the blocks at the top; empty when there is none. */
    static List<String> find(List<RawBlock> blocks) {
        for (int i = 0; i < Math.min(LOOK_AT, blocks.size()); i++) {
            List<String> names = of(blocks.get(i).text());
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The names a line gives when it is a byline, else an empty list. */
    static List<String> of(String line) {
        if (line.length() > LONGEST) {
            return List.of();
        }
        String rest = null;
        for (String opening : OPENINGS) {
            if (line.startsWith(opening)) {
                rest = line.substring(opening.length());
                break;
            }
        }
        if (rest == null) {
            return List.of();
        }
        // the names end where the desk, the date or an address begins
        int end = rest.length();
        for (String stop : List.of(",", " |", " ·", " - ", " – ", " — ", "@", "(")) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        List<String> names = new ArrayList<>();
        for (String part : rest.substring(0, end).strip().split(" and | & ")) {
            String name = name(part.strip().split("\\s+"));
            if (name == null) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Two to four capitalised words, particles between them allowed; in capitals ("RENATA SILVA
     * Meridian Wire") only the run in capitals, written as a name is.
     */
    private static String name(String[] words) {
        boolean capitals = words.length > 0 && isCapitals(words[0]);
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (capitals && !isCapitals(w)) {
                break;
            }
            if (PARTICLES.contains(w) && !kept.isEmpty()) {
                kept.add(w);
                continue;
            }
            if (DESK.contains(w.toLowerCase(Locale.ROOT)) && kept.size() >= 2) {
                // "By Priya Nair Staff Reporter": the desk, copied without its comma
                break;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || DESK.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
            kept.add(capitals ? titleCase(w) : w);
        }
        long words2 = kept.stream().filter(w -> !PARTICLES.contains(w)).count();
        return words2 >= 2 && words2 <= 4 ? String.join(" ", kept) : null;
    }

    private static boolean isCapitals(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    /** "O'NEILL-BRADY" → "O'Neill-Brady". */
    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
