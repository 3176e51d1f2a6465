package dev.chorus.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article's front matter states; every field is null (or empty) when not given.
 * Hugo and Jekyll names are already folded in: author/authors into speakers, tags/categories
 * into themes.
 */
public record FrontMatter(String title, LocalDate date, List<String> speakers, List<String> themes,
                          String source, String summary, String slug, Boolean draft,
                          Boolean opinion) {

    public static final FrontMatter NONE = new FrontMatter(null, null, List.of(), List.of(), null,
            null, null, null, null);

    public FrontMatter {
        speakers = List.copyOf(speakers);
        themes = List.copyOf(themes);
    }

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
