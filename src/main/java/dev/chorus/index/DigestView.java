package dev.chorus.index;

import dev.chorus.config.SiteConfig;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.util.List;

/**
 * What pages may ask of the digest. Templates and page builders see it through this
 * interface, so a build can record, page by page, which parts of the digest each one read.
 */
public interface DigestView {

    SiteConfig config();

    /** Oldest first: the order of previous/next. */
    List<Article> chronological();

    List<Article> newestFirst();

    /** An article's place in {@link #newestFirst()}: 0 for the newest. */
    int newestRank(Article a);

    /** How many archive pages of {@code size} the article list has; see {@link Digest#shelves}. */
    int shelves(int size);

    /** Archive page {@code number} of the article list, or null; see {@link Digest#shelf}. */
    Shelf shelf(int number, int size);

    /** The article list's first page, newest first; see {@link Digest#front}. */
    List<Article> front(int size);

    Article article(String slug);

    Article previous(Article a);

    Article next(Article a);

    List<Speaker> speakers();

    List<Theme> themes();

    Speaker speaker(String slug);

    Speaker speakerNamed(String name);

    Theme theme(String slug);

    List<QuoteRef> quotesBy(String speakerSlug);

    List<Article> articlesBy(String speakerSlug);

    /** Articles on a theme, best score first. */
    List<Scored> articlesOn(String themeSlug);

    List<QuoteRef> quotesOn(String themeSlug);

    int quoteCount();

    /** Words attributed to more than one speaker, in digest order. */
    List<Echo> echoes();

    /** Up to {@code limit} articles sharing speakers or themes with {@code a}, best first. */
    List<Related> related(Article a, int limit);

    /** Quotes by other speakers that echo this one; empty when nobody else said it. */
    List<QuoteRef> echoesOf(Article article, Quote quote);
}
