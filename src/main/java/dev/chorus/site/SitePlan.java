package dev.chorus.site;

import dev.chorus.index.Digest;
import dev.chorus.index.QuoteRef;
import dev.chorus.index.Scored;
import dev.chorus.index.Shelf;
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
    /** Entries on one page of a long list: the article index and each theme's ranking. */
    static final int PAGE_SIZE = 50;
    /** Speakers shown with their words on a theme page; the others are named with a link. */
    static final int FULL_VOICES = 12;
    /** Quotes shown for one speaker on a theme page; their page has the rest. */
    static final int VOICE_QUOTES = 10;
    static final int STANDOUTS = 4;
    static final int RELATED = 3;
    /** The heat map stays readable on a phone with this many rows and columns at most. */
    static final int MATRIX_SPEAKERS = 12;
    static final int MATRIX_THEMES = 12;
    static final int THEME_BARS = 12;

    private static final Formats FORMATS = new Formats();

    private final Digest digest;
    private final Long dateEpoch;
    private final FeedContent feedContent;

    /**
     * @param dateEpoch   SOURCE_DATE_EPOCH, or null: the only clock the output may show
     * @param feedContent the full HTML of articles for the feeds, links absolute
     */
    SitePlan(Digest digest, Long dateEpoch, FeedContent feedContent) {
        this.digest = digest;
        this.dateEpoch = dateEpoch;
        this.feedContent = feedContent;
    }

    private Feeds feeds(PageDigest d) {
        return new Feeds(d, dateEpoch, a -> feedContent.of(a, d));
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(Page.templated("index.html", "index.ftlh", this::home));
        pages.add(Page.templated("articles/index.html", "articles.ftlh", d -> articleList(d, 0)));
        for (int n = 1; n <= digest.shelves(PAGE_SIZE); n++) {
            int number = n;
            pages.add(Page.templated(shelfPath(number) + "index.html", "articles.ftlh", d -> articleList(d, number)));
        }
        for (Article a : digest.chronological()) {
            String slug = a.slug();
            pages.add(Page.templated(Links.articlePath(slug) + "index.html", "article.ftlh", d -> article(d, slug)));
            pages.add(Page.file(DigestJson.articlePath(slug),
                    d -> DigestJson.bytes(DigestJson.article(d, slug, new Links(0, d.config().baseUrl())))));
        }
        pages.add(Page.templated("speakers/index.html", "speakers.ftlh", d -> {
            Map<String, Object> m = collection(d, 1, "speakers/", "Speakers", "Everyone quoted in " + d.config().title() + ".");
            m.put("speakerViews", speakerViews(d));
            return m;
        }));
        for (Speaker s : digest.speakers()) {
            String slug = s.slug();
            pages.add(Page.templated(Links.speakerPath(slug) + "index.html", "speaker.ftlh", d -> speaker(d, slug)));
        }
        pages.add(Page.templated("themes/index.html", "themes.ftlh", d -> {
            Map<String, Object> m = collection(d, 1, "themes/", "Themes",
                    "What the commentary in " + d.config().title() + " is about.");
            m.put("themeViews", themeViews(d));
            return m;
        }));
        for (Theme t : digest.themes()) {
            String slug = t.slug();
            for (int n = 1; n <= pageCount(digest.articlesOn(slug).size()); n++) {
                int number = n;
                pages.add(Page.templated(listPath(Links.themePath(slug), n) + "index.html", "theme.ftlh",
                        d -> theme(d, slug, number)));
            }
        }
        pages.add(Page.templated("echoes/index.html", "echoes.ftlh", d -> collection(d, 1, "echoes/", "Echoes",
                "Words that " + d.config().title() + " finds attributed to more than one person.")));
        pages.add(Page.templated("search/index.html", "search.ftlh", d -> collection(d, 1, "search/", "Search",
                "Find articles, quotes and speakers in " + d.config().title() + ".")));
        pages.add(Page.file(SearchIndex.PATH, SearchIndex::script));
        pages.add(Page.templated("404.html", "404.ftlh", this::notFound));

        pages.addAll(feedFiles("", d -> feeds(d).site()));
        for (Theme t : digest.themes()) {
            String slug = t.slug();
            pages.addAll(feedFiles(Links.themePath(slug), d -> feeds(d).theme(d.theme(slug))));
        }
        for (Speaker s : digest.speakers()) {
            String slug = s.slug();
            pages.addAll(feedFiles(Links.speakerPath(slug), d -> feeds(d).speaker(d.speaker(slug))));
        }
        if (digest.config().hasBaseUrl()) {
            List<String> paths = pages.stream().map(Page::path).toList();
            pages.add(Page.templated("sitemap.xml", "sitemap.ftlx", d -> sitemap(d, paths)));
        }
        pages.add(Page.file("robots.txt", this::robots));
        if (digest.config().cname() != null) {
            pages.add(Page.file("CNAME", d -> (d.config().cname() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private Map<String, Object> base(PageDigest d, int depth, String path, String title) {
        return base(d, new Links(depth, d.config().baseUrl()), path, title);
    }

    private Map<String, Object> base(PageDigest d, Links links, String path, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", d.config());
        m.put("digest", d);
        m.put("links", links);
        m.put("path", path);
        m.put("canonical", links.absolute(path));
        m.put("pageTitle", title);
        m.put("fmt", FORMATS);
        m.put("ogType", "website");
        m.put("feeds", feedLinks(d, links, ""));
        m.put("ownFeeds", List.of());
        return m;
    }

    private Map<String, Object> collection(PageDigest d, int depth, String path, String title, String description) {
        Map<String, Object> m = base(d, depth, path, title);
        m.put("jsonLd", new JsonLd(d).collection(path, title, description));
        return m;
    }

    /**
     * GitHub Pages serves 404.html for every missing address at any depth, so its links come
     * from the base URL ({@link Links#rootedAt}); a canonical link would be wrong at all of them.
     */
    private Map<String, Object> notFound(PageDigest d) {
        Map<String, Object> m = base(d, Links.rootedAt(d.config().baseUrl()), "404.html", "Page not found");
        m.remove("canonical");
        m.put("noindex", true);
        return m;
    }

    /** The site's feeds first, then, on a theme or speaker page, the feeds of that page. */
    private List<Views.FeedLink> feedLinks(PageDigest d, Links links, String folder) {
        List<Views.FeedLink> out = new ArrayList<>();
        if (!folder.isEmpty()) {
            out.addAll(ownFeedLinks(links, folder, pageTitleFor(d, folder)));
        }
        out.addAll(ownFeedLinks(links, "", d.config().title()));
        return out;
    }

    private static String pageTitleFor(PageDigest d, String folder) {
        if (folder.startsWith("themes/")) {
            Theme t = d.theme(folder.substring("themes/".length(), folder.length() - 1));
            if (t != null) {
                return t.title() + " · " + d.config().title();
            }
        }
        if (folder.startsWith("speakers/")) {
            Speaker s = d.speaker(folder.substring("speakers/".length(), folder.length() - 1));
            if (s != null) {
                return s.name() + " · " + d.config().title();
            }
        }
        return d.config().title();
    }

    private static List<Views.FeedLink> ownFeedLinks(Links links, String folder, String title) {
        return List.of(
                new Views.FeedLink("application/rss+xml", "RSS", title + " (RSS)", links.file(folder + Feeds.RSS)),
                new Views.FeedLink("application/atom+xml", "Atom", title + " (Atom)", links.file(folder + Feeds.ATOM)),
                new Views.FeedLink("application/feed+json", "JSON Feed", title + " (JSON Feed)",
                        links.file(folder + Feeds.JSON)));
    }

    private List<Page> feedFiles(String folder, java.util.function.Function<PageDigest, Feeds.FeedView> feed) {
        java.util.function.Function<PageDigest, Map<String, Object>> model = d -> {
            Map<String, Object> m = new HashMap<>();
            m.put("site", d.config());
            m.put("digest", d);
            m.put("feed", feed.apply(d));
            return m;
        };
        return List.of(
                Page.templated(folder + Feeds.RSS, "feed.ftlx", model),
                Page.templated(folder + Feeds.ATOM, "atom.ftlx", model),
                Page.file(folder + Feeds.JSON, d -> Feeds.json(feed.apply(d))));
    }

    /** Every page a search engine should know, in the order of the plan; not the 404 page. */
    private Map<String, Object> sitemap(PageDigest d, List<String> paths) {
        // which pages exist follows from the articles, speakers and themes
        d.speakers();
        d.themes();
        Links absolute = new Links(0, d.config().baseUrl());
        Map<String, java.time.LocalDate> dates = new HashMap<>();
        for (Article a : d.chronological()) {
            if (a.date() != null) {
                dates.put(Links.articlePath(a.slug()) + "index.html", a.date());
            }
        }
        List<Views.SitemapEntry> entries = new ArrayList<>();
        for (String p : paths) {
            if (p.endsWith("index.html")) {
                String folder = p.substring(0, p.length() - "index.html".length());
                java.time.LocalDate date = dates.get(p);
                entries.add(new Views.SitemapEntry(absolute.absolute(folder), date == null ? null : date.toString()));
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("entries", entries);
        return m;
    }

    private byte[] robots(PageDigest d) {
        StringBuilder r = new StringBuilder("User-agent: *\nAllow: /\n");
        if (d.config().hasBaseUrl()) {
            r.append("\nSitemap: ").append(new Links(0, d.config().baseUrl()).absolute("sitemap.xml")).append('\n');
        }
        return r.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> home(PageDigest d) {
        Map<String, Object> m = base(d, 0, "", d.config().title());
        List<Article> latest = d.newestFirst();
        m.put("latest", latest.subList(0, Math.min(LATEST, latest.size())));
        m.put("themeViews", themeViews(d));
        m.put("speakerViews", speakerViews(d));
        m.put("standouts", standouts(d));
        m.put("matrix", matrix(d));
        List<Views.ThemeView> bars = new ArrayList<>(themeViews(d));
        bars.removeIf(v -> v.count() == 0);
        // a stable sort keeps the configured order among themes with as many articles
        bars.sort(Comparator.comparingInt(v -> -v.count()));
        m.put("themeBars", List.copyOf(bars.subList(0, Math.min(THEME_BARS, bars.size()))));
        m.put("jsonLd", new JsonLd(d).home());
        return m;
    }

    private Map<String, Object> article(PageDigest d, String slug) {
        Article a = d.article(slug);
        String path = Links.articlePath(a.slug());
        Map<String, Object> m = base(d, 2, path, a.title());
        m.put("article", a);
        m.put("prev", d.previous(a));
        m.put("related", d.related(a, RELATED));
        m.put("next", d.next(a));
        List<Speaker> speakers = new ArrayList<>();
        for (String name : a.speakers()) {
            Speaker s = d.speakerNamed(name);
            if (s != null) {
                speakers.add(s);
            }
        }
        m.put("speakers", speakers);
        List<Views.ThemeView> themes = new ArrayList<>();
        for (ThemeScore t : a.themes()) {
            Theme theme = d.theme(t.slug());
            if (theme != null) {
                themes.add(new Views.ThemeView(theme, t.score(), 0));
            }
        }
        m.put("themes", themes);
        m.put("ogType", "article");
        m.put("jsonLd", new JsonLd(d).article(a));
        return m;
    }

    private Map<String, Object> speaker(PageDigest d, String slug) {
        Speaker s = d.speaker(slug);
        String path = Links.speakerPath(slug);
        Map<String, Object> m = base(d, 2, path, s.name());
        m.put("speaker", s);
        Map<String, List<QuoteRef>> byTheme = new LinkedHashMap<>();
        for (Theme t : d.themes()) {
            byTheme.put(t.slug(), new ArrayList<>());
        }
        List<QuoteRef> unthemed = new ArrayList<>();
        for (QuoteRef q : d.quotesBy(slug)) {
            String primary = q.quote().primaryTheme();
            (primary != null && byTheme.containsKey(primary) ? byTheme.get(primary) : unthemed).add(q);
        }
        List<Views.QuoteGroup> groups = new ArrayList<>();
        byTheme.forEach((themeSlug, quotes) -> {
            if (!quotes.isEmpty()) {
                groups.add(new Views.QuoteGroup(d.theme(themeSlug), quotes));
            }
        });
        if (!unthemed.isEmpty()) {
            groups.add(new Views.QuoteGroup(null, unthemed));
        }
        m.put("groups", groups);
        m.put("articles", d.articlesBy(slug));
        m.put("quoteCount", d.quotesBy(slug).size());
        m.put("ogType", "profile");
        m.put("jsonLd", new JsonLd(d).speaker(s));
        withOwnFeeds(d, m, path);
        return m;
    }

    /**
     * A theme page: the chorus (the most quoted speakers in full, the others named) and the
     * articles ranked by score, {@link #PAGE_SIZE} a page.
     */
    private Map<String, Object> theme(PageDigest d, String slug, int number) {
        Theme t = d.theme(slug);
        String folder = Links.themePath(slug);
        String path = listPath(folder, number);
        Map<String, Object> m = base(d, number == 1 ? 2 : 4, path,
                number == 1 ? t.title() : t.title() + " (page " + number + ")");
        m.put("theme", t);
        List<Scored> ranked = d.articlesOn(slug);
        m.put("ranked", slice(ranked, number));
        m.put("rankedTotal", ranked.size());
        m.put("rankFrom", (number - 1) * PAGE_SIZE + 1);
        m.put("pager", pager((Links) m.get("links"), folder, number, pageCount(ranked.size())));
        Map<String, List<QuoteRef>> bySpeaker = new LinkedHashMap<>();
        for (QuoteRef q : d.quotesOn(slug)) {
            bySpeaker.computeIfAbsent(q.quote().speakerSlug(), k -> new ArrayList<>()).add(q);
        }
        List<Views.Voice> all = new ArrayList<>();
        for (Speaker s : d.speakers()) {
            List<QuoteRef> quotes = bySpeaker.get(s.slug());
            if (quotes != null) {
                all.add(new Views.Voice(s, quotes.subList(0, Math.min(VOICE_QUOTES, quotes.size())), quotes.size()));
            }
        }
        // the most quoted on the theme first; a stable sort keeps the speakers' order among equals
        all.sort(Comparator.comparingInt(v -> -v.total()));
        List<Views.Voice> voices = number == 1 ? all.subList(0, Math.min(FULL_VOICES, all.size())) : List.of();
        List<Views.Voice> others = number == 1 ? all.subList(voices.size(), all.size()) : List.of();
        int quoteTotal = 0;
        for (Views.Voice v : all) {
            quoteTotal += v.total();
        }
        m.put("voices", List.copyOf(voices));
        m.put("otherVoices", List.copyOf(others));
        m.put("speakerTotal", all.size());
        m.put("quoteTotal", quoteTotal);
        m.put("jsonLd", new JsonLd(d).theme(t));
        withOwnFeeds(d, m, folder);
        if (number > 1) {
            m.put("jsonLd", new JsonLd(d).collection(path, t.title() + " (page " + number + ")", t.description()));
        }
        return m;
    }

    /**
     * The article list, newest first: its first page (number 0) holds the newest 50 to 99
     * articles, and archive pages 1, 2, … hold the older ones in runs of {@link #PAGE_SIZE}
     * counted from the oldest. Numbered that way, a page keeps its articles when a new one is
     * added, so a rebuild makes again the first page and not the whole list.
     */
    private Map<String, Object> articleList(PageDigest d, int number) {
        Shelf shelf = number == 0 ? null : d.shelf(number, PAGE_SIZE);
        String path = number == 0 ? "articles/" : shelfPath(number);
        String title = number == 0 ? "All articles" : "All articles (page " + number + " of the archive)";
        Map<String, Object> m = collection(d, number == 0 ? 1 : 3, path, title,
                "Every article in " + d.config().title() + ", newest first.");
        List<Article> items = shelf == null ? d.front(PAGE_SIZE) : shelf.articles();
        m.put("items", List.copyOf(items));
        m.put("filterThemes", themesOf(d, items));
        if (shelf != null) {
            m.put("shelf", shelf);
        }
        Links links = (Links) m.get("links");
        int top = shelf == null ? d.shelves(PAGE_SIZE) : number + shelf.newer();
        m.put("pager", listPager(links, number, top));
        return m;
    }

    /** The themes of these articles, in the digest's order, each with how many of them it has. */
    private static List<Views.ThemeView> themesOf(PageDigest d, List<Article> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : items) {
            for (ThemeScore t : a.themes()) {
                counts.merge(t.slug(), 1, Integer::sum);
            }
        }
        List<Views.ThemeView> out = new ArrayList<>();
        for (Theme t : d.themes()) {
            Integer n = counts.get(t.slug());
            if (n != null) {
                out.add(new Views.ThemeView(t, 0, n));
            }
        }
        return List.copyOf(out);
    }

    /** "articles/page/3/": archive page 3 of the article list, counted from the oldest. */
    static String shelfPath(int number) {
        return "articles/page/" + number + "/";
    }

    /**
     * The article list's pager, newest to oldest: "Latest" (the first page), then the archive
     * pages from the newest down, with page 1 and the two either side of this one. An archive
     * page knows only up to {@link Digest#SHELVES_AHEAD} pages after it, which is enough to
     * show its neighbours and whether there is a gap before "Latest".
     *
     * @param number the archive page, or 0 for the first page
     * @param top    the newest archive page, or as far ahead as this page knows
     */
    private static Views.Pager listPager(Links links, int number, int top) {
        String front = links.file("articles/index.html");
        List<Views.PageLink> shown = new ArrayList<>();
        shown.add(new Views.PageLink(0, "Latest", front, number == 0));
        int here = number == 0 ? top + 1 : number;
        int last = top + 1;
        for (int n = top; n >= 1; n--) {
            if (n == 1 || Math.abs(n - here) <= 2) {
                if (n < last - 1) {
                    shown.add(new Views.PageLink(0, null, null, false));
                }
                shown.add(new Views.PageLink(n, Integer.toString(n), links.file(shelfPath(n) + "index.html"), n == number));
                last = n;
            }
        }
        String newer = number == 0 ? null : number < top ? links.file(shelfPath(number + 1) + "index.html") : front;
        String older = number == 0 ? (top > 0 ? links.file(shelfPath(top) + "index.html") : null)
                : number > 1 ? links.file(shelfPath(number - 1) + "index.html") : null;
        return new Views.Pager(newer, older, shown);
    }

    static int pageCount(int items) {
        return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** "articles/" for the first page of a list, "articles/page/2/" for the next. */
    static String listPath(String folder, int number) {
        return number == 1 ? folder : folder + "page/" + number + "/";
    }

    private static <T> List<T> slice(List<T> all, int number) {
        int from = Math.min(all.size(), (number - 1) * PAGE_SIZE);
        return List.copyOf(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)));
    }

    /** Links to the first and last pages and the two either side of this one, gaps marked. */
    private static Views.Pager pager(Links links, String folder, int number, int count) {
        List<Views.PageLink> shown = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - number) <= 2) {
                if (last != 0 && n > last + 1) {
                    shown.add(new Views.PageLink(0, null, null, false));
                }
                shown.add(new Views.PageLink(n, Integer.toString(n), links.file(listPath(folder, n) + "index.html"), n == number));
                last = n;
            }
        }
        return new Views.Pager(
                number > 1 ? links.file(listPath(folder, number - 1) + "index.html") : null,
                number < count ? links.file(listPath(folder, number + 1) + "index.html") : null, shown);
    }

    /**
     * Who talks about what: quotes per speaker and theme, counted as the theme pages group them
     * ({@link Digest#quotesOn}), for the most quoted speakers and themes.
     */
    private static Views.Matrix matrix(PageDigest digest) {
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

    private void withOwnFeeds(PageDigest d, Map<String, Object> m, String folder) {
        Links links = (Links) m.get("links");
        m.put("feeds", feedLinks(d, links, folder));
        m.put("ownFeeds", ownFeedLinks(links, folder, pageTitleFor(d, folder)));
    }

    private static List<Views.ThemeView> themeViews(PageDigest d) {
        List<Views.ThemeView> views = new ArrayList<>();
        for (Theme t : d.themes()) {
            views.add(new Views.ThemeView(t, 0, d.articlesOn(t.slug()).size()));
        }
        return views;
    }

    private static List<Views.SpeakerView> speakerViews(PageDigest d) {
        List<Views.SpeakerView> views = new ArrayList<>();
        for (Speaker s : d.speakers()) {
            views.add(new Views.SpeakerView(s, d.quotesBy(s.slug()).size(), d.articlesBy(s.slug()).size()));
        }
        return views;
    }

    /** For each speaker, their longest quote of a readable length, most quoted speakers first. */
    private static List<QuoteRef> standouts(PageDigest d) {
        List<QuoteRef> out = new ArrayList<>();
        List<Speaker> bySize = new ArrayList<>(d.speakers());
        bySize.sort(Comparator.comparingInt((Speaker s) -> -d.quotesBy(s.slug()).size()).thenComparing(Speaker::name));
        for (Speaker s : bySize) {
            d.quotesBy(s.slug()).stream()
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
