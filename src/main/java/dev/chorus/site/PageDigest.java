package dev.chorus.site;

import dev.chorus.config.SiteConfig;
import dev.chorus.index.DigestView;
import dev.chorus.index.Echo;
import dev.chorus.index.QuoteRef;
import dev.chorus.index.Related;
import dev.chorus.index.Scored;
import dev.chorus.index.Shelf;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.util.List;

/**
 * The digest as one page sees it: every question the page (its builder or its template) asks
 * is answered by the real digest and written down in the page's {@link Deps}, so an
 * incremental build knows what the page depends on. Public so templates can call it.
 */
public final class PageDigest implements DigestView {
    private final DigestView digest;
    private final Deps deps;

    PageDigest(DigestView digest, Deps deps) {
        this.digest = digest;
        this.deps = deps;
    }

    Deps deps() {
        return deps;
    }

    @Override
    public SiteConfig config() {
        deps.add(Versions.CONFIG);
        return digest.config();
    }

    @Override
    public List<Article> chronological() {
        deps.add(Versions.ARTICLES);
        return digest.chronological();
    }

    @Override
    public List<Article> newestFirst() {
        deps.add(Versions.ARTICLES);
        return digest.newestFirst();
    }

    /** Ranks only ever compare two articles, which their own dates and files decide. */
    @Override
    public int newestRank(Article a) {
        deps.add(Versions.article(a.slug()));
        return digest.newestRank(a);
    }

    @Override
    public int shelves(int size) {
        deps.add(Versions.ARTICLES);
        return digest.shelves(size);
    }

    /** Only its own articles and how many pages follow it, so it outlives new articles. */
    @Override
    public Shelf shelf(int number, int size) {
        deps.add(Versions.shelf(number, size));
        return digest.shelf(number, size);
    }

    @Override
    public List<Article> front(int size) {
        deps.add(Versions.ARTICLES);
        return digest.front(size);
    }

    @Override
    public Article article(String slug) {
        deps.add(Versions.article(slug));
        return digest.article(slug);
    }

    @Override
    public Article previous(Article a) {
        deps.add(Versions.neighbours(a.slug()));
        return digest.previous(a);
    }

    @Override
    public Article next(Article a) {
        deps.add(Versions.neighbours(a.slug()));
        return digest.next(a);
    }

    @Override
    public List<Speaker> speakers() {
        deps.add(Versions.SPEAKERS);
        return digest.speakers();
    }

    @Override
    public List<Theme> themes() {
        deps.add(Versions.THEMES);
        return digest.themes();
    }

    @Override
    public Speaker speaker(String slug) {
        deps.add(Versions.speakerRecord(slug));
        return digest.speaker(slug);
    }

    @Override
    public Speaker speakerNamed(String name) {
        deps.add(Versions.speakerNamed(name));
        return digest.speakerNamed(name);
    }

    @Override
    public Theme theme(String slug) {
        deps.add(Versions.themeRecord(slug));
        return digest.theme(slug);
    }

    @Override
    public List<QuoteRef> quotesBy(String speakerSlug) {
        deps.add(Versions.speaker(speakerSlug));
        return digest.quotesBy(speakerSlug);
    }

    @Override
    public List<Article> articlesBy(String speakerSlug) {
        deps.add(Versions.speaker(speakerSlug));
        return digest.articlesBy(speakerSlug);
    }

    @Override
    public List<Scored> articlesOn(String themeSlug) {
        deps.add(Versions.theme(themeSlug));
        return digest.articlesOn(themeSlug);
    }

    @Override
    public List<QuoteRef> quotesOn(String themeSlug) {
        deps.add(Versions.theme(themeSlug));
        return digest.quotesOn(themeSlug);
    }

    @Override
    public int quoteCount() {
        deps.add(Versions.ARTICLES);
        return digest.quoteCount();
    }

    @Override
    public List<Related> related(Article a, int limit) {
        deps.add(Versions.related(a.slug(), limit));
        return digest.related(a, limit);
    }

    @Override
    public List<Echo> echoes() {
        deps.add(Versions.ECHOES);
        return digest.echoes();
    }

    @Override
    public List<QuoteRef> echoesOf(Article article, Quote quote) {
        deps.add(Versions.echoesOf(article.slug()));
        return digest.echoesOf(article, quote);
    }
}
