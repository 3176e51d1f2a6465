package dev.chorus.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats for templates ({@code fmt.human(article.date)}); fixed locale and zone. */
public final class Formats {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    public String human(LocalDate date) {
        return date == null ? "" : HUMAN.format(date);
    }

    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Noon UTC, so the day is the same in every reader's time zone. */
    public String rfc822(LocalDate date) {
        return date == null ? "" : RFC_822.format(date.atTime(12, 0).atOffset(ZoneOffset.UTC));
    }
}
