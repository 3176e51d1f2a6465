package dev.chorus.ingest;

import java.text.Normalizer;

/**
 * Makes text from anywhere compare and print alike: composed Unicode, one kind of line break,
 * no invisible or control characters, ordinary spaces, and the rarer quotation marks folded into the
 * ones extraction knows.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                // invisible: zero-width space/joiners, word joiner, BOM, soft hyphen
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                }
                // spaces of every width
                case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\u2002', '\u2003',
                     '\u2004', '\u2005', '\u2006', '\u2008' -> out.append(' ');
                case '\u201F', '\u301D' -> out.append('\u201C');
                case '\u301E', '\u301F' -> out.append('\u201D');
                case '\uFF02', '\u2033' -> out.append('"');
                case '\u201B' -> out.append('\u2018');
                case '\uFF07' -> out.append('\'');
                default -> {
                    // other control characters carry nothing readable, and Chorus uses one internally
                    if (c >= ' ' || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
