package dev.chorus.text;

/** Unicode character classes as the regular expressions Chorus replaced wrote them. */
public final class Chars {
    private Chars() {
    }

    /** {@code \p{M}}: a combining mark. */
    public static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \p{N}}: a digit, a letter number (Ⅻ) or another number (½). */
    public static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
