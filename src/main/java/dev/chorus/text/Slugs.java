package dev.chorus.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs made only of [a-z0-9-], so a slug can never name a path outside its folder. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    /** "Café Société" becomes "cafe-societe"; text with no Latin letters gets a stable hash slug. */
    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o")
                .replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018') {
                // "It's" reads better as "its" than "it-s"
            } else {
                dash = true;
            }
        }
        String slug = sb.toString();
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "x-" + hash(text) : slug;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
