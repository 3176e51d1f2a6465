package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles that quote with single marks, as British tabloids do ("'I'm heartbroken,' she said.",
 * "‘We will fight on,’ he added."), and nest double ones inside them. Attribution reads double
 * marks, so such an article's paragraphs are given to it with the two kinds swapped, mark for
 * mark: every offset stays where it was, and the words quoted are the same.
 *
 * <p>The same character is an apostrophe ("don't", "the Smiths' house", "'90s"), so a mark
 * counts as opening only where a word starts and as closing only where one ends, and a closing
 * mark after the "s" of a plural, with a word in lower case after it, is taken for a possessive
 * while another closing mark follows in the paragraph.
 */
final class SingleQuotes {

    private SingleQuotes() {
    }

    /**
     * The paragraphs with single and double marks swapped when single ones are the article's
     * quotation marks: at least two single-quoted spans, more than twice as many as double-quoted
     * ones. Otherwise the paragraphs as they are.
     */
    static List<String> asDouble(List<String> paragraphs) {
        int singles = 0;
        int doubles = 0;
        for (String p : paragraphs) {
            doubles += QuoteSpans.find(p).size();
            if (p.indexOf('\'') >= 0 || p.indexOf('‘') >= 0) {
                singles += spans(p).size() / 2;
            }
        }
        if (singles < 2 || singles <= 2 * doubles) {
            return paragraphs;
        }
        List<String> swapped = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            swapped.add(swap(p));
        }
        return swapped;
    }

    /** {@code p} with its single-quoted spans' marks made double, and its double marks single. */
    private static String swap(String p) {
        List<Integer> marks = spans(p);
        if (marks.isEmpty() && p.indexOf('"') < 0 && p.indexOf('“') < 0 && p.indexOf('”') < 0) {
            return p;
        }
        StringBuilder b = new StringBuilder(p);
        for (int i = 0; i < b.length(); i++) {
            switch (b.charAt(i)) {
                case '“' -> b.setCharAt(i, '‘');
                case '”' -> b.setCharAt(i, '’');
                case '"' -> b.setCharAt(i, '\'');
                default -> {
                }
            }
        }
        for (int k = 0; k + 1 < marks.size(); k += 2) {
            int open = marks.get(k);
            int close = marks.get(k + 1);
            boolean curly = p.charAt(open) == '‘';
            b.setCharAt(open, curly ? '“' : '"');
            b.setCharAt(close, curly ? '”' : '"');
        }
        return b.toString();
    }

    /** The offsets of the opening and closing marks of each single-quoted span, in pairs. */
    static List<Integer> spans(String p) {
        List<Integer> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            if (open < 0) {
                if (c != '’' && opens(p, i)) {
                    open = i;
                }
            } else if (c != '‘' && closes(p, i) && i > open + 1 && !possessive(p, i, open)) {
                marks.add(open);
                marks.add(i);
                open = -1;
            }
        }
        return marks;
    }

    /** Where a word starts, and not "'90s" or "'n'" (but "'I'm", "'O'Neill"). */
    private static boolean opens(String p, int i) {
        boolean start = i == 0 || Character.isWhitespace(p.charAt(i - 1)) || "([—–-".indexOf(p.charAt(i - 1)) >= 0;
        if (!start || i + 1 >= p.length() || Character.isWhitespace(p.charAt(i + 1))) {
            return false;
        }
        return !(Character.isDigit(p.charAt(i + 1)) && i + 3 < p.length() && p.charAt(i + 3) == 's')
                && !(i + 2 < p.length() && (p.charAt(i + 2) == '\'' || p.charAt(i + 2) == '’')
                    && (i + 3 == p.length() || !Character.isLetter(p.charAt(i + 3))));
    }

    /** Where a word ends: after a letter, digit or punctuation, before a space, punctuation or the end. */
    private static boolean closes(String p, int i) {
        if (Character.isWhitespace(p.charAt(i - 1))) {
            return false;
        }
        return i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1)) || ",.;:!?)—–".indexOf(p.charAt(i + 1)) >= 0;
    }

    /**
     * "the Smiths' house": a mark after a plural's "s", a word in lower case after it, while a
     * mark after punctuation, as quotes close, comes later in the paragraph.
     */
    private static boolean possessive(String p, int i, int open) {
        if (p.charAt(i - 1) != 's' || i + 2 >= p.length() || p.charAt(i + 1) != ' ' || !Character.isLowerCase(p.charAt(i + 2))) {
            return false;
        }
        for (int j = i + 1; j < p.length(); j++) {
            char c = p.charAt(j);
            if ((c == '\'' || c == '’') && ",.!?".indexOf(p.charAt(j - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
