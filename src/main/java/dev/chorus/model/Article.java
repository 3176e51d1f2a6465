package dev.chorus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after extraction, front matter applied.
 *
 * @param file     the source path as shown to the user (e.g. {@code seeds/000_x.txt})
 * @param date     null when neither front matter nor the file says
 * @param speakers full names of the people quoted, in order of first quote
 * @param mentions full names of people named but not quoted
 * @param authors  the byline (front matter {@code author}, a saved page's author): who wrote it,
 *                 not who is quoted
 */
public record Article(String slug, String file, String title, Kind kind, boolean opinion,
                      LocalDate date, String summary, String source, List<Block> body,
                      List<Faq> faq, List<Quote> quotes, List<String> speakers,
                      List<String> mentions, List<String> authors, List<ThemeScore> themes, int wordCount) {

    public Article {
        // a body read from the build cache is decoded when first shown, and is immutable already
        body = body instanceof DeferredList<Block> ? body : List.copyOf(body);
        faq = List.copyOf(faq);
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        mentions = List.copyOf(mentions);
        authors = List.copyOf(authors);
        themes = List.copyOf(themes);
    }

    public List<String> headings() {
        return body.stream().filter(Block::isHeading).map(Block::text).toList();
    }

    public List<String> paragraphs() {
        return body.stream().filter(b -> !b.isHeading()).map(Block::text).toList();
    }

    /** Minutes at 230 words a minute, never less than one. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.round(wordCount / 230.0));
    }

    public boolean hasThemes() {
        return !themes.isEmpty();
    }
}
