package dev.chorus.extract;

/**
 * Searches bounded to a stretch of a paragraph. {@code String.indexOf} from a position reads on
 * to the end when the word is not there, so asking it once per name or per quote made a
 * paragraph of a hundred thousand lines quadratic.
 */
final class Regions {
    private Regions() {
    }

    /** Whether {@code needle} starts and ends within {@code [from, to)} of {@code text}. */
    static boolean contains(String text, String needle, int from, int to) {
        int last = Math.min(to, text.length()) - needle.length();
        char first = needle.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first position at or after {@code from} that is not a space, or the text's length. */
    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a capital letter stands within {@code [from, to)} of {@code text}. */
    static boolean hasUpperCase(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code c} within {@code [from, to)} of {@code text}, or -1. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code c} at or before {@code from} and not before {@code floor}, or -1. */
    static int lastIndexOf(String text, char c, int from, int floor) {
        for (int i = Math.min(from, text.length() - 1); i >= Math.max(0, floor); i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
