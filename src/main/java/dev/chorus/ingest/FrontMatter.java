package dev.chorus.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an article's front matter states; every field is null (or empty) when not given.
 * Hugo and Jekyll names are already folded in: speaker into speakers, author into authors,
 * tags/categories into themes.
 *
 * @param speakers who speaks in the article though no quote may name them (an op-ed's writer)
 * @param authors  the byline: who wrote the article, a speaker only where they are quoted
 *
 * @param lines the file line of each key given ("source") and of each theme name
 *              ("themes/ai-policy"), for messages
 */
public record FrontMatter(String title, LocalDate date, List<String> speakers, List<String> authors,
                          List<String> themes, String source, String summary, String slug, Boolean draft,
                          Boolean opinion, Map<String, Integer> lines) {

    public static final FrontMatter NONE = new FrontMatter(null, null, List.of(), List.of(), List.of(), null,
            null, null, null, null, Map.of());

    public FrontMatter {
        speakers = List.copyOf(speakers);
        authors = List.copyOf(authors);
        themes = List.copyOf(themes);
        lines = Map.copyOf(lines);
    }

    public FrontMatter(String title, LocalDate date, List<String> speakers, List<String> themes,
                       String source, String summary, String slug, Boolean draft, Boolean opinion) {
        this(title, date, speakers, List.of(), themes, source, summary, slug, draft, opinion, Map.of());
    }

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** The file line of a key ("source") or a theme name ("themes/" + name); 1 when unknown. */
    public int line(String what) {
        return lines.getOrDefault(what, 1);
    }
}
