package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A story whose first words are set in capitals, as print sets a lead-in ("SEMISI Vuniwai, who
 * kept the lighthouse…", "RESIDENTS LIVING NEAR a proposed wind farm have told…", "A MAN who
 * stole…"). The capitals are typography: read in them, "SEMISI Vuniwai" is a different person
 * from the "Semisi Vuniwai" of the caption, and "RESIDENTS LIVING NEAR" looks like somebody's
 * name. Each word takes the case the article gives it elsewhere, so the lead-in reads as the
 * sentence it is. A capitalised word the article never uses otherwise (an acronym: "NSW Police
 * said") stays as it is.
 */
final class LeadIn {
    /** A word in capitals: "SEMISI", "O'NEILL", "Ó", "BRIAIN". */
    private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}][\\p{Lu}’'\\-]*");

    private LeadIn() {
    }

    /** The paragraphs with the first one's lead-in in capitals read in the article's case; the same list when there is none. */
    static List<String> recased(List<String> paragraphs, Lexicon lexicon) {
        if (paragraphs.isEmpty()) {
            return paragraphs;
        }
        String first = paragraphs.get(0);
        int start = afterDateline(first);
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < first.length()) {
            int end = i;
            while (end < first.length() && !Character.isWhitespace(first.charAt(end))) {
                end++;
            }
            if (!CAPITALS.matcher(first).region(i, end).matches()) {
                break;
            }
            words.add(new int[] {i, end});
            if (end >= first.length() || first.charAt(end) != ' ') {
                return paragraphs;
            }
            i = end + 1;
        }
        // the run goes on into the sentence: "SEMISI Vuniwai", "A MAN who"; not a dateline's "KUWAIT CITY:"
        if (words.isEmpty() || i >= first.length() || !Character.isLetter(first.charAt(i))
                || words.stream().noneMatch(w -> w[1] - w[0] >= 2)) {
            return paragraphs;
        }
        String rest = String.join("\n", paragraphs.subList(1, paragraphs.size())) + "\n" + first.substring(i);
        Boolean[] lower = new Boolean[words.size()];
        boolean any = false;
        for (int k = 0; k < words.size(); k++) {
            String w = first.substring(words.get(k)[0], words.get(k)[1]);
            if (containsWord(rest, w.toLowerCase(Locale.ROOT))) {
                lower[k] = true;
            } else if (containsWord(rest, titleCase(w))) {
                lower[k] = false;
            }
            any |= lower[k] != null;
        }
        int last = words.size() - 1;
        String lastWord = first.substring(words.get(last)[0], words.get(last)[1]);
        if (lower[last] == null && i + 1 < first.length() && Character.isUpperCase(first.charAt(i))
                && Character.isLowerCase(first.charAt(i + 1)) && (lexicon.isGivenName(titleCase(lastWord))
                || lastWord.length() >= 5 && lastWord.chars().anyMatch(c -> "AEIOUÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ".indexOf(c) >= 0))) {
            // "SEMISI Vuniwai": the capitals run on into a name's next word; "NSW Police" is an acronym
            lower[last] = false;
            any = true;
        }
        if (!any) {
            return paragraphs;
        }
        // a word the article does not use again goes with its neighbour: "TOMÁS Ó BRIAIN" is one name
        for (int k = 1; k < lower.length; k++) {
            if (lower[k] == null) {
                lower[k] = lower[k - 1];
            }
        }
        for (int k = lower.length - 2; k >= 0; k--) {
            if (lower[k] == null) {
                lower[k] = lower[k + 1];
            }
        }
        StringBuilder read = new StringBuilder(first);
        for (int k = 0; k < words.size(); k++) {
            int from = words.get(k)[0];
            int to = words.get(k)[1];
            String w = first.substring(from, to);
            String cased = lower[k] && k > 0 ? w.toLowerCase(Locale.ROOT) : titleCase(w);
            if (cased.length() != w.length()) {
                // a letter whose other case is longer would move every position after it
                return paragraphs;
            }
            read.replace(from, to, cased);
        }
        List<String> out = new ArrayList<>(paragraphs);
        out.set(0, read.toString());
        return out;
    }

    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean startOfPart = true;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            b.append(startOfPart ? c : Character.toLowerCase(c));
            // "O'NEILL" is O'Neill, "JONES-SMITH" Jones-Smith
            startOfPart = c == '\'' || c == '’' || c == '-';
        }
        return b.toString();
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            if (startsWord && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the story starts after a dateline in capitals and a dash ("LOMÉ - ", "MAJURO — "), else 0. */
    static int afterDateline(String p) {
        for (int i = 0; i < Math.min(p.length(), 40); i++) {
            char c = p.charAt(i);
            if ((c == '-' || c == '—' || c == '–') && i + 1 < p.length() && p.charAt(i + 1) == ' ') {
                return i + 2;
            }
            if (Character.isLowerCase(c)) {
                return 0;
            }
        }
        return 0;
    }
}
