package dev.chorus.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them: {@code 10MB}, {@code 512 KB}, {@code 1.5 GB}; units of 1024. */
public final class ByteSizes {
    private static final Pattern SIZE = Pattern.compile("(?i)(\\d{1,12}(?:\\.\\d{1,3})?)\\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?");

    private ByteSizes() {
    }

    /** The number of bytes, or -1 when the text is not a size. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return (long) (Double.parseDouble(m.group(1)) * factor);
    }

    /** 10485760 → "10 MB", 1536 → "1.5 KB", 20 → "20 bytes". */
    public static String format(long bytes) {
        String[] units = {"KB", "MB", "GB"};
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + units[unit];
    }
}
