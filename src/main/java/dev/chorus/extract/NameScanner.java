package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds runs of capitalised words that may be names, and what their place in the sentence says. */
final class NameScanner {
    /** Abbreviations that keep their full stop inside a name: "Dr. Anita Krishnan", "J. R. Hartley". */
    private static final String ABBREVIATION = "(?:" + String.join("|", Vocabulary.HONORIFICS) + "|St|Jr|Sr)\\.";
    private static final String TOKEN = "(?:" + ABBREVIATION + "|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}’'\\-]*)";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d’'\\-])" + TOKEN
            + "(?:[ \\u00A0]+(?:(?:" + String.join("|", Vocabulary.PARTICLES) + ")[ \\u00A0]+){0,2}" + TOKEN + "){0,4}");
    /** "the referee, " or "her sous-chef, " just before a name: the name renames that phrase. */
    private static final Pattern ASIDE_AFTER = Pattern.compile(
            ",\\s*(?:\\d{1,3}|(?:who|whose|a|an|the)\\b[^,;:.!?“”\"]{0,120}),(?=\\s+\\p{Ll})");
    private static final Pattern RENAMED_PHRASE = Pattern.compile(
            "(?:^|[\\s(])(?:the|a|an|her|his|their|its|our|my)\\s+[^,.;:!?“”\"]{1,60},\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * @param tokens        the name's words, possessive 's removed, leading sentence words like
     *                      "The" or "In" dropped
     * @param honorific     Mr, Dr, Sir… when the name was written with one
     * @param before        the word just before the name, lower case ("" after punctuation)
     * @param character     written as a role someone plays ("as Rocky Balboa"), not a person
     * @param sentenceStart the name opens a sentence, so its capital proves nothing
     * @param possessive    "Harper's campaign": the name owns what follows
     * @param subject       the name is likely the one acting in its sentence, not an object or a
     *                      renamed object ("the referee, Craig Dunmore")
     */
    record Hit(int start, int end, List<String> tokens, String honorific, String before, boolean character,
               boolean sentenceStart, boolean possessive, boolean subject) {
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
                String raw = tokens.get(0);
                String t = raw.endsWith(".") && raw.length() > 2 ? raw.substring(0, raw.length() - 1) : raw;
                if (Vocabulary.HONORIFICS.contains(t) && tokens.size() > 1) {
                    honorific = t;
                } else if (!Vocabulary.NOT_NAMES.contains(t)) {
                    break;
                } else {
                    honorific = null;
                }
                start += raw.length();
                start = skipSpace(text, start);
                tokens.remove(0);
            }
            if (tokens.isEmpty()) {
                continue;
            }
            while (tokens.size() > 1 && Vocabulary.POST_NOMINALS.contains(tokens.get(tokens.size() - 1).replace(".", ""))) {
                tokens.remove(tokens.size() - 1);
            }
            int last = tokens.size() - 1;
            String lastToken = tokens.get(last);
            boolean possessive = false;
            if (lastToken.endsWith("’s") || lastToken.endsWith("'s")) {
                lastToken = lastToken.substring(0, lastToken.length() - 2);
                possessive = true;
            } else if (lastToken.endsWith("’") || lastToken.endsWith("'")) {
                lastToken = lastToken.substring(0, lastToken.length() - 1);
                possessive = true;
            }
            tokens.set(last, lastToken);
            if (lastToken.isEmpty()) {
                continue;
            }
            String before = wordBefore(text, start, from);
            boolean character = isCharacter(text, start, before, previous);
            boolean subject = isSubject(text, start, m.end(), before);
            Hit hit = new Hit(start, m.end(), List.copyOf(tokens), honorific, before, character,
                    honorific == null && opensSentence(text, start), possessive, subject);
            hits.add(hit);
            previous = hit;
        }
        return hits;
    }

    /**
     * Whether a name is the one acting in its sentence: a name followed by a lower-case word
     * (most often its verb) is; one after a preposition, closing its sentence, or renaming an
     * object ("by the referee, Craig Dunmore, which…") is not.
     */
    private static boolean isSubject(String text, int start, int end, String before) {
        if (Vocabulary.PREPOSITIONS.contains(before)) {
            return false;
        }
        if (Vocabulary.ROLE_NOUNS.contains(before)) {
            // "with referee Darren Bond": the role's own preposition makes the name an object
            int roleStart = start - 1;
            while (roleStart > 0 && Character.isWhitespace(text.charAt(roleStart))) {
                roleStart--;
            }
            roleStart -= before.length() - 1;
            if (Vocabulary.PREPOSITIONS.contains(wordBefore(text, Math.max(0, roleStart), 0))) {
                return false;
            }
        }
        int i = end;
        Matcher aside = ASIDE_AFTER.matcher(text).useTransparentBounds(true);
        while (true) {
            // "Denise Abbott, 63, who worked there for 22 years, said": the asides name no one else.
            // Only the text just after the name is looked at, so a long paragraph stays linear.
            aside.region(i, Math.min(text.length(), i + 160));
            if (!aside.lookingAt()) {
                break;
            }
            i = aside.end();
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && Character.isLowerCase(text.charAt(i))) {
            return true;
        }
        if (i < text.length() && ".!?".indexOf(text.charAt(i)) >= 0) {
            return false;
        }
        return !renamesAnObject(text, start);
    }

    /** "… by the referee, Craig Dunmore": renames a phrase that is not the sentence's subject. */
    private static boolean renamesAnObject(String text, int start) {
        int from = Math.max(0, start - 80);
        Matcher m = RENAMED_PHRASE.matcher(text.substring(from, start));
        if (!m.find()) {
            return false;
        }
        int phrase = from + m.start();
        while (phrase < start && !Character.isLetter(text.charAt(phrase))) {
            phrase++;
        }
        return !opensSentence(text, phrase);
    }

    /** "as Rocky Balboa and John Rambo": roles, unless "such as". */
    private static boolean isCharacter(String text, int start, String before, Hit previous) {
        if (before.equals("as")) {
            // only the words just before matter; the whole head of a long paragraph is not copied
            String head = text.substring(Math.max(0, start - 80), start).stripTrailing();
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

    /** The word just before {@code start}, lower case; "" when punctuation stands between. */
    static String wordBefore(String text, int start, int from) {
        int i = start - 1;
        int lo = Math.max(from, 0);
        while (i >= lo && !isWordChar(text.charAt(i))) {
            if (".!?;:,—–\"“”".indexOf(text.charAt(i)) >= 0) {
                return "";
            }
            i--;
        }
        int end = i + 1;
        while (i >= lo && isWordChar(text.charAt(i))) {
            i--;
        }
        return end - (i + 1) > 40 ? "" : text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '’' || c == '\'' || c == '-';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
