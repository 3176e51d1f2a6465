package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans in double quotation marks: curly “…”, straight "…", German „…“ and guillemets
 * «…». Single quotes are left alone: they are apostrophes or quotes nested inside a quote.
 */
final class QuoteSpans {

    /**
     * @param open   index of the opening mark
     * @param close  index of the closing mark, or the paragraph length when it never closes
     * @param closed false when the quote runs on past the end of the paragraph
     */
    record Span(int open, int close, boolean closed) {
        int textStart() {
            return open + 1;
        }

        /** Index just past the closing mark. */
        int end(String text) {
            return closed ? close + 1 : text.length();
        }

        String text(String paragraph) {
            return paragraph.substring(open + 1, close).strip();
        }
    }

    private QuoteSpans() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        // read from an array: String.charAt checks its index on every call, which the quick
        // compiler a build runs under does not remove, and this runs many times per paragraph
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (open < 0) {
                char expected = closerFor(c);
                if (expected != 0 && opensHere(text, i)) {
                    open = i;
                    closer = expected;
                }
            } else if (c == closer || (closer == '\u201C' && c == '\u201D')) {
                if (i > open + 1) {
                    spans.add(new Span(open, i, true));
                }
                open = -1;
            }
        }
        if (open >= 0 && open + 1 < text.length()) {
            spans.add(new Span(open, text.length(), false));
        }
        return spans;
    }

    private static char closerFor(char c) {
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '"' -> '"';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            default -> 0;
        };
    }

    /** A straight quote opens only where a word can start, so 5'10" stays a measurement. */
    private static boolean opensHere(String text, int i) {
        if (text.charAt(i) != '"') {
            return true;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
