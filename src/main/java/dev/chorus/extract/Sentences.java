package dev.chorus.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Where sentences end: at . ! ? or … followed by space and a capital, a digit or an opening
 * quotation mark, except after abbreviations ("Ms. Delgado", "Dr. Farouk", "J. Smith").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of("mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep",
            "gov", "gen", "col", "capt", "lt", "sgt", "rev", "cllr", "jr", "sr", "no", "mt", "inc", "co", "corp",
            "ltd", "ald", "coun", "vs", "det", "insp", "supt", "supt", "hon", "fr", "sgt", "cpl", "pte", "adm", "cmdr", "maj",
            "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));
    private static final String CLOSERS = "\"”’)";

    private Sentences() {
    }

    /** Offset just past the end of the first sentence in {@code s}, or -1. */
    static int firstEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            int end = endAt(s, i);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /** The offset where the sentence containing {@code at} starts, never before {@code floor}. */
    static int start(String text, int floor, int at) {
        int start = floor;
        for (int i = floor; i < at; i++) {
            int end = endAt(text, i);
            if (end > 0 && end <= at) {
                start = end;
            }
        }
        return start;
    }

    /**
     * When a sentence ends at the mark at {@code i}: the offset of the next sentence's first
     * character (after the closing marks and spaces); else -1.
     */
    private static int endAt(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && CLOSERS.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        int k = j;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        if (k == j || k >= s.length()) {
            return -1;
        }
        char next = s.charAt(k);
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && "\"“‘(".indexOf(next) < 0) {
            return -1;
        }
        if (c == '.' && j == i + 1 && isAbbreviation(s, i)) {
            return -1;
        }
        return k;
    }

    private static boolean isAbbreviation(String s, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        String word = s.substring(w, dot);
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || Vocabulary.DIGRAPH_INITIALS.contains(word) || Vocabulary.DOTTED_TITLES.contains(word)
                // "Dr Ch. Narasimha Rao": a Telugu initial, or "Ch. Supt." for Chief
                || word.equals("Ch");
    }
}
