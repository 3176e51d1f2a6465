package dev.chorus.site;

import dev.chorus.index.Digest;
import dev.chorus.index.QuoteRef;
import dev.chorus.model.Article;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;
import dev.chorus.render.Formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides every page of the site and the model each template gets. */
final class SitePlan {
    static final int LATEST = 10;
    static final int STANDOUTS = 4;
    static final int RELATED = 3;
    /** The heat map stays readable on a phone with this many rows and columns at most. */
    static final int MATRIX_SPEAKERS = 12;
    static final int MATRIX_THEMES = 12;
    static final int THEME_BARS = 12;

    private static final Formats FORMATS = new Formats();

    private final Digest digest;
    private final Feeds feeds;
    private final JsonLd jsonLd;

    /**
     * @param dateEpoch    SOURCE_DATE_EPOCH, or null: the only clock the output may show
     * @param feedContents the full HTML of every article for the feeds, by slug, links absolute
     */
    SitePlan(Digest digest, Long dateEpoch, Map<String, String> feedContents) {
        this.digest = digest;
        this.feeds = new Feeds(digest, dateEpoch, feedContents);
        this.jsonLd = new JsonLd(digest);
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(Page.templated("articles/index.html", "articles.ftlh", collection(1, "articles/", "All articles",
                "Every article in " + digest.config().title() + ", newest first.")));
        for (Article a : digest.chronological()) {
            pages.add(article(a));
        }
        Map<String, Object> speakersModel = collection(1, "speakers/", "Speakers",
                "Everyone quoted in " + digest.config().title() + ".");
        speakersModel.put("speakerViews", speakerViews());
        pages.add(Page.templated("speakers/index.html", "speakers.ftlh", speakersModel));
        for (Speaker s : digest.speakers()) {
            pages.add(speaker(s));
        }
        Map<String, Object> themesModel = collection(1, "themes/", "Themes",
                "What the commentary in " + digest.config().title() + " is about.");
        themesModel.put("themeViews", themeViews());
        pages.add(Page.templated("themes/index.html", "themes.ftlh", themesModel));
        for (Theme t : digest.themes()) {
            pages.add(theme(t));
        }
        pages.add(Page.templated("echoes/index.html", "echoes.ftlh", collection(1, "echoes/", "Echoes",
                "Words that " + digest.config().title() + " finds attributed to more than one person.")));
        pages.add(search());
        pages.add(new Page(SearchIndex.PATH, null, null, SearchIndex.script(digest)));
        pages.add(notFound());

        pages.addAll(feedFiles(feeds.site()));
        for (Theme t : digest.themes()) {
            pages.addAll(feedFiles(feeds.theme(t)));
        }
        for (Speaker s : digest.speakers()) {
            pages.addAll(feedFiles(feeds.speaker(s)));
        }
        if (digest.config().hasBaseUrl()) {
            pages.add(sitemap(pages));
        }
        pages.add(new Page("robots.txt", null, null, robots()));
        if (digest.config().cname() != null) {
            pages.add(new Page("CNAME", null, null, (digest.config().cname() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private Map<String, Object> base(int depth, String path, String title) {
        return base(new Links(depth, digest.config().baseUrl()), path, title);
    }

    private Map<String, Object> base(Links links, String path, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", digest.config());
        m.put("digest", digest);
        m.put("links", links);
        m.put("path", path);
        m.put("canonical", links.absolute(path));
        m.put("pageTitle", title);
        m.put("fmt", FORMATS);
        m.put("ogType", "website");
        m.put("feeds", feedLinks(links, ""));
        m.put("ownFeeds", List.of());
        return m;
    }

    private Map<String, Object> collection(int depth, String path, String title, String description) {
        Map<String, Object> m = base(depth, path, title);
        m.put("jsonLd", jsonLd.collection(path, title, description));
        return m;
    }

    /**
     * GitHub Pages serves 404.html for every missing address at any depth, so its links come
     * from the base URL ({@link Links#rootedAt}); a canonical link would be wrong at all of them.
     */
    private Page notFound() {
        Map<String, Object> m = base(Links.rootedAt(digest.config().baseUrl()), "404.html", "Page not found");
        m.remove("canonical");
        m.put("noindex", true);
        return Page.templated("404.html", "404.ftlh", m);
    }

    /** The site's feeds first, then, on a theme or speaker page, the feeds of that page. */
    private List<Views.FeedLink> feedLinks(Links links, String folder) {
        List<Views.FeedLink> out = new ArrayList<>();
        if (!folder.isEmpty()) {
            out.addAll(ownFeedLinks(links, folder, pageTitleFor(folder)));
        }
        out.addAll(ownFeedLinks(links, "", digest.config().title()));
        return out;
    }

    private String pageTitleFor(String folder) {
        for (Theme t : digest.themes()) {
            if (folder.equals(Links.themePath(t.slug()))) {
                return t.title() + " · " + digest.config().title();
            }
        }
        for (Speaker s : digest.speakers()) {
            if (folder.equals(Links.speakerPath(s.slug()))) {
                return s.name() + " · " + digest.config().title();
            }
        }
        return digest.config().title();
    }

    private static List<Views.FeedLink> ownFeedLinks(Links links, String folder, String title) {
        return List.of(
                new Views.FeedLink("application/rss+xml", "RSS", title + " (RSS)", links.file(folder + Feeds.RSS)),
                new Views.FeedLink("application/atom+xml", "Atom", title + " (Atom)", links.file(folder + Feeds.ATOM)),
                new Views.FeedLink("application/feed+json", "JSON Feed", title + " (JSON Feed)",
                        links.file(folder + Feeds.JSON)));
    }

    private List<Page> feedFiles(Feeds.FeedView feed) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", digest.config());
        m.put("digest", digest);
        m.put("feed", feed);
        return List.of(
                Page.templated(feed.folder() + Feeds.RSS, "feed.ftlx", m),
                Page.templated(feed.folder() + Feeds.ATOM, "atom.ftlx", m),
                new Page(feed.folder() + Feeds.JSON, null, null, Feeds.json(feed)));
    }

    /** Every page a search engine should know, in the order of the plan; not the 404 page. */
    private Page sitemap(List<Page> pages) {
        Links absolute = new Links(0, digest.config().baseUrl());
        Map<String, java.time.LocalDate> dates = new HashMap<>();
        for (Article a : digest.chronological()) {
            if (a.date() != null) {
                dates.put(Links.articlePath(a.slug()) + "index.html", a.date());
            }
        }
        List<Views.SitemapEntry> entries = new ArrayList<>();
        for (Page p : pages) {
            if (p.path().endsWith("index.html")) {
                String folder = p.path().substring(0, p.path().length() - "index.html".length());
                java.time.LocalDate d = dates.get(p.path());
                entries.add(new Views.SitemapEntry(absolute.absolute(folder), d == null ? null : d.toString()));
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("entries", entries);
        return Page.templated("sitemap.xml", "sitemap.ftlx", m);
    }

    private byte[] robots() {
        StringBuilder r = new StringBuilder("User-agent: *\nAllow: /\n");
        if (digest.config().hasBaseUrl()) {
            r.append("\nSitemap: ").append(new Links(0, digest.config().baseUrl()).absolute("sitemap.xml")).append('\n');
        }
        return r.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Page home() {
        Map<String, Object> m = base(0, "", digest.config().title());
        List<Article> latest = digest.newestFirst();
        m.put("latest", latest.subList(0, Math.min(LATEST, latest.size())));
        m.put("themeViews", themeViews());
        m.put("speakerViews", speakerViews());
        m.put("standouts", standouts());
        m.put("matrix", matrix());
        List<Views.ThemeView> bars = new ArrayList<>(themeViews());
        bars.removeIf(v -> v.count() == 0);
        // a stable sort keeps the configured order among themes with as many articles
        bars.sort(Comparator.comparingInt(v -> -v.count()));
        m.put("themeBars", List.copyOf(bars.subList(0, Math.min(THEME_BARS, bars.size()))));
        m.put("jsonLd", jsonLd.home());
        return Page.templated("index.html", "index.ftlh", m);
    }

    private Page article(Article a) {
        String path = Links.articlePath(a.slug());
        Map<String, Object> m = base(2, path, a.title());
        m.put("article", a);
        m.put("prev", digest.previous(a));
        m.put("related", digest.related(a, RELATED));
        m.put("next", digest.next(a));
        List<Speaker> speakers = new ArrayList<>();
        for (String name : a.speakers()) {
            Speaker s = digest.speakerNamed(name);
            if (s != null) {
                speakers.add(s);
            }
        }
        m.put("speakers", speakers);
        List<Views.ThemeView> themes = new ArrayList<>();
        for (ThemeScore t : a.themes()) {
            Theme theme = digest.theme(t.slug());
            if (theme != null) {
                themes.add(new Views.ThemeView(theme, t.score(), 0));
            }
        }
        m.put("themes", themes);
        m.put("ogType", "article");
        m.put("jsonLd", jsonLd.article(a));
        return Page.templated(path + "index.html", "article.ftlh", m);
    }

    private Page speaker(Speaker s) {
        String path = Links.speakerPath(s.slug());
        Map<String, Object> m = base(2, path, s.name());
        m.put("speaker", s);
        Map<String, List<QuoteRef>> byTheme = new LinkedHashMap<>();
        for (Theme t : digest.themes()) {
            byTheme.put(t.slug(), new ArrayList<>());
        }
        List<QuoteRef> unthemed = new ArrayList<>();
        for (QuoteRef q : digest.quotesBy(s.slug())) {
            String primary = q.quote().primaryTheme();
            (primary != null && byTheme.containsKey(primary) ? byTheme.get(primary) : unthemed).add(q);
        }
        List<Views.QuoteGroup> groups = new ArrayList<>();
        byTheme.forEach((slug, quotes) -> {
            if (!quotes.isEmpty()) {
                groups.add(new Views.QuoteGroup(digest.theme(slug), quotes));
            }
        });
        if (!unthemed.isEmpty()) {
            groups.add(new Views.QuoteGroup(null, unthemed));
        }
        m.put("groups", groups);
        m.put("articles", digest.articlesBy(s.slug()));
        m.put("quoteCount", digest.quotesBy(s.slug()).size());
        m.put("ogType", "profile");
        m.put("jsonLd", jsonLd.speaker(s));
        withOwnFeeds(m, path);
        return Page.templated(path + "index.html", "speaker.ftlh", m);
    }

    private Page theme(Theme t) {
        String path = Links.themePath(t.slug());
        Map<String, Object> m = base(2, path, t.title());
        m.put("theme", t);
        m.put("ranked", digest.articlesOn(t.slug()));
        Map<String, List<QuoteRef>> bySpeaker = new LinkedHashMap<>();
        for (QuoteRef q : digest.quotesOn(t.slug())) {
            bySpeaker.computeIfAbsent(q.quote().speakerSlug(), k -> new ArrayList<>()).add(q);
        }
        List<Views.Voice> voices = new ArrayList<>();
        for (Speaker s : digest.speakers()) {
            List<QuoteRef> quotes = bySpeaker.get(s.slug());
            if (quotes != null) {
                voices.add(new Views.Voice(s, quotes));
            }
        }
        m.put("voices", voices);
        m.put("jsonLd", jsonLd.theme(t));
        withOwnFeeds(m, path);
        return Page.templated(path + "index.html", "theme.ftlh", m);
    }

    private Page search() {
        Map<String, Object> m = collection(1, "search/", "Search",
                "Find articles, quotes and speakers in " + digest.config().title() + ".");
        return Page.templated("search/index.html", "search.ftlh", m);
    }

    /**
     * Who talks about what: quotes per speaker and theme, counted as the theme pages group them
     * ({@link Digest#quotesOn}), for the most quoted speakers and themes.
     */
    private Views.Matrix matrix() {
        List<Speaker> speakers = new ArrayList<>(digest.speakers());
        speakers.sort(Comparator.comparingInt((Speaker s) -> -digest.quotesBy(s.slug()).size()).thenComparing(Speaker::name));
        List<Speaker> shownSpeakers = List.copyOf(speakers.subList(0, Math.min(MATRIX_SPEAKERS, speakers.size())));
        List<Theme> themes = new ArrayList<>(digest.themes());
        themes.removeIf(t -> digest.quotesOn(t.slug()).isEmpty());
        // a stable sort keeps the configured order among themes with as many quotes
        themes.sort(Comparator.comparingInt((Theme t) -> -digest.quotesOn(t.slug()).size()));
        List<Theme> shownThemes = List.copyOf(themes.subList(0, Math.min(MATRIX_THEMES, themes.size())));
        List<List<Integer>> counts = new ArrayList<>();
        for (Theme t : shownThemes) {
            Map<String, Integer> bySpeaker = new HashMap<>();
            for (QuoteRef q : digest.quotesOn(t.slug())) {
                if (q.quote().speakerSlug() != null) {
                    bySpeaker.merge(q.quote().speakerSlug(), 1, Integer::sum);
                }
            }
            counts.add(shownSpeakers.stream().map(s -> bySpeaker.getOrDefault(s.slug(), 0)).toList());
        }
        return new Views.Matrix(shownThemes, shownSpeakers, counts, speakers.size(), themes.size());
    }

    private void withOwnFeeds(Map<String, Object> m, String folder) {
        Links links = (Links) m.get("links");
        m.put("feeds", feedLinks(links, folder));
        m.put("ownFeeds", ownFeedLinks(links, folder, pageTitleFor(folder)));
    }

    private List<Views.ThemeView> themeViews() {
        List<Views.ThemeView> views = new ArrayList<>();
        for (Theme t : digest.themes()) {
            views.add(new Views.ThemeView(t, 0, digest.articlesOn(t.slug()).size()));
        }
        return views;
    }

    private List<Views.SpeakerView> speakerViews() {
        List<Views.SpeakerView> views = new ArrayList<>();
        for (Speaker s : digest.speakers()) {
            views.add(new Views.SpeakerView(s, digest.quotesBy(s.slug()).size(), digest.articlesBy(s.slug()).size()));
        }
        return views;
    }

    /** For each speaker, their longest quote of a readable length, most quoted speakers first. */
    private List<QuoteRef> standouts() {
        List<QuoteRef> out = new ArrayList<>();
        List<Speaker> bySize = new ArrayList<>(digest.speakers());
        bySize.sort(Comparator.comparingInt((Speaker s) -> -digest.quotesBy(s.slug()).size()).thenComparing(Speaker::name));
        for (Speaker s : bySize) {
            digest.quotesBy(s.slug()).stream()
                    .filter(q -> q.quote().text().length() <= 220)
                    .max(Comparator.comparingInt((QuoteRef q) -> q.quote().text().length())
                            .thenComparing(q -> -q.quote().number()))
                    .ifPresent(out::add);
            if (out.size() == STANDOUTS) {
                break;
            }
        }
        return out;
    }
}
