package dev.chorus.index;

import dev.chorus.model.Article;

import java.util.List;

/**
 * One page of the article list's archive: a run of articles counted from the oldest, so that
 * adding today's article leaves it as it is. {@code number} 1 holds the oldest articles;
 * {@code articles} are newest first, as the list shows them; {@code newer} is how many archive
 * pages come after it, counted up to {@link Digest#SHELVES_AHEAD} only, which is all its pager
 * shows, so a page far back does not change when a new one is added at the front.
 */
public record Shelf(int number, List<Article> articles, int newer) {
    public Shelf {
        articles = List.copyOf(articles);
    }
}
