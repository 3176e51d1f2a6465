package dev.chorus.site;

import dev.chorus.index.Digest;
import dev.chorus.index.QuoteRef;
import dev.chorus.model.Article;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;
import dev.chorus.render.Formats;

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

    private static final Formats FORMATS = new Formats();

    private final Digest digest;
    private final String generated;

    /**
     * @param generated the build date for feeds (from SOURCE_DATE_EPOCH), or null
     */
    SitePlan(Digest digest, String generated) {
        this.digest = digest;
        this.generated = generated;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(Page.templated("articles/index.html", "articles.ftlh", base(1, "articles/", "All articles")));
        for (Article a : digest.chronological()) {
            pages.add(article(a));
        }
        Map<String, Object> speakersModel = base(1, "speakers/", "Speakers");
        speakersModel.put("speakerViews", speakerViews());
        pages.add(Page.templated("speakers/index.html", "speakers.ftlh", speakersModel));
        for (Speaker s : digest.speakers()) {
            pages.add(speaker(s));
        }
        Map<String, Object> themesModel = base(1, "themes/", "Themes");
        themesModel.put("themeViews", themeViews());
        pages.add(Page.templated("themes/index.html", "themes.ftlh", themesModel));
        for (Theme t : digest.themes()) {
            pages.add(theme(t));
        }
        pages.add(Page.templated("echoes/index.html", "echoes.ftlh", base(1, "echoes/", "Echoes")));
        pages.add(Page.templated("404.html", "404.ftlh", base(0, "404.html", "Page not found")));
        Map<String, Object> feed = base(0, "feed.xml", digest.config().title());
        feed.put("items", digest.newestFirst());
        feed.put("generated", generated);
        pages.add(Page.templated("feed.xml", "feed.ftlx", feed));
        return pages;
    }

    private Map<String, Object> base(int depth, String path, String title) {
        Map<String, Object> m = new HashMap<>();
        Links links = new Links(depth, digest.config().baseUrl());
        m.put("site", digest.config());
        m.put("digest", digest);
        m.put("links", links);
        m.put("path", path);
        m.put("canonical", links.absolute(path));
        m.put("pageTitle", title);
        m.put("fmt", FORMATS);
        return m;
    }

    private Page home() {
        Map<String, Object> m = base(0, "", digest.config().title());
        List<Article> latest = digest.newestFirst();
        m.put("latest", latest.subList(0, Math.min(LATEST, latest.size())));
        m.put("themeViews", themeViews());
        m.put("speakerViews", speakerViews());
        m.put("standouts", standouts());
        return Page.templated("index.html", "index.ftlh", m);
    }

    private Page article(Article a) {
        String path = Links.articlePath(a.slug());
        Map<String, Object> m = base(2, path, a.title());
        m.put("article", a);
        m.put("prev", digest.previous(a));
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
        return Page.templated(path + "index.html", "theme.ftlh", m);
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
