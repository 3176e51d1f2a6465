package dev.chorus.index;

import dev.chorus.model.Article;
import dev.chorus.model.Quote;

/** A quote together with the article it is in. */
public record QuoteRef(Article article, Quote quote) {
}
