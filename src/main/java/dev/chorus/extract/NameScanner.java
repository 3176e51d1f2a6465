package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds runs of capitalised words that may be names, with the word standing before each. */
final class NameScanner {
    private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}’'\\-]*\\.?";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d’'\\-])" + TOKEN
            + "(?:[ \\u00A0]+(?:(?:" + String.join("|", Vocabulary.PARTICLES) + ")[ \\u00A0]+)?" + TOKEN + "){0,4}");
    private static final Pattern PREVIOUS_WORDS = Pattern.compile("([\\p{L}’'\\-]+)[^\\p{L}]*$");

    /**
     * @param tokens     the name's words, possessive 's and sentence full stops removed, leading
     *                   sentence words like "The" or "In" dropped
     * @param honorific  Mr, Dr, Sir… when the name was written with one
     * @param before     the word just before the name, lower case ("" at the start)
     * @param character  written as a role someone plays ("as Rocky Balboa"), not a person
     * @param sentenceStart the name opens a sentence, so its capital proves nothing
     */
    record Hit(int start, int end, List<String> tokens, String honorific, String before, boolean character,
               boolean sentenceStart) {
        String joined() {
            return String.join(" ", tokens);
        }

        boolean oblique() {
            return Vocabulary.PREPOSITIONS.contains(before);
        }
    }

    private NameScanner() {
    }

    static List<Hit> scan(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        Hit previous = null;
        while (m.find()) {
            List<String> tokens = new ArrayList<>(List.of(m.group().split("[ \\u00A0]+")));
            int start = m.start();
            String honorific = null;
            while (!tokens.isEmpty()) {
                String t = stripDot(tokens.get(0));
                if (Vocabulary.HONORIFICS.contains(t) && tokens.size() > 1) {
                    honorific = t;
                } else if (!Vocabulary.NOT_NAMES.contains(t) && !Vocabulary.NOT_NAMES.contains(tokens.get(0))) {
                    break;
                }
                start += tokens.get(0).length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            if (tokens.isEmpty()) {
                continue;
            }
            int last = tokens.size() - 1;
            String lastToken = tokens.get(last);
            if (lastToken.endsWith("’s") || lastToken.endsWith("'s")) {
                lastToken = lastToken.substring(0, lastToken.length() - 2);
            } else if (lastToken.endsWith("’") || lastToken.endsWith("'")) {
                lastToken = lastToken.substring(0, lastToken.length() - 1);
            }
            if (lastToken.endsWith(".") && lastToken.length() > 2) {
                lastToken = lastToken.substring(0, lastToken.length() - 1);
            }
            tokens.set(last, lastToken);
            if (lastToken.isEmpty()) {
                continue;
            }
            String before = wordBefore(text, start, from);
            boolean character = isCharacter(text, start, before, previous);
            Hit hit = new Hit(start, m.end(), List.copyOf(tokens), honorific, before, character,
                    honorific == null && opensSentence(text, start));
            hits.add(hit);
            previous = hit;
        }
        return hits;
    }

    /** "as Rocky Balboa and John Rambo": roles, unless "such as". */
    private static boolean isCharacter(String text, int start, String before, Hit previous) {
        if (before.equals("as")) {
            String head = text.substring(0, start).stripTrailing();
            head = head.substring(0, head.length() - 2).stripTrailing().toLowerCase(Locale.ROOT);
            return !head.endsWith("such");
        }
        if ((before.equals("and") || before.equals("or")) && previous != null && previous.character()) {
            String between = text.substring(previous.end(), start).strip();
            return between.equals("and") || between.equals("or") || between.equals(", and");
        }
        return false;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“‘(—–:".indexOf(text.charAt(i)) >= 0;
    }

    static String wordBefore(String text, int start, int from) {
        Matcher w = PREVIOUS_WORDS.matcher(text.substring(Math.max(from, Math.max(0, start - 40)), start));
        if (!w.find()) {
            return "";
        }
        String between = text.substring(Math.max(0, start - 40), start);
        // a sentence or clause break in between means the name starts its own clause
        int idx = between.lastIndexOf(w.group(1));
        String gap = idx < 0 ? "" : between.substring(idx + w.group(1).length());
        if (gap.matches(".*[.!?;:,—–\"“”].*")) {
            return "";
        }
        return w.group(1).toLowerCase(Locale.ROOT);
    }

    private static String stripDot(String t) {
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
