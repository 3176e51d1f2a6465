package dev.chorus.site;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.index.DigestView;
import dev.chorus.model.Article;
import dev.chorus.model.ThemeScore;
import dev.chorus.model.Theme;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feeds of the site: one for the whole digest and one for each theme and each speaker, each
 * in RSS 2.0, Atom 1.0 and JSON Feed 1.1. Feeds carry no clock time: an entry is dated by its
 * article, and what has no date takes SOURCE_DATE_EPOCH, else {@link #FALLBACK}.
 */
final class Feeds {
    static final String RSS = "feed.xml";
    static final String ATOM = "atom.xml";
    static final String JSON = "feed.json";

    /** The date of undated entries when SOURCE_DATE_EPOCH is not set: the Unix epoch, as SOURCE_DATE_EPOCH=0. */
    static final Instant FALLBACK = Instant.EPOCH;

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final DigestView digest;
    private final Links absolute;
    private final Instant undated;
    private final String generated;
    private final java.util.function.Function<Article, String> contents;

    /**
     * @param dateEpoch SOURCE_DATE_EPOCH or null
     * @param contents  the full HTML of an article, links already absolute
     */
    Feeds(DigestView digest, Long dateEpoch, java.util.function.Function<Article, String> contents) {
        this.digest = digest;
        this.absolute = new Links(0, digest.config().baseUrl());
        this.undated = dateEpoch == null ? FALLBACK : Instant.ofEpochSecond(dateEpoch);
        this.generated = dateEpoch == null ? null : RFC_822.format(undated.atOffset(ZoneOffset.UTC));
        this.contents = contents;
    }

    /** The digest's own feed, at the site root. */
    FeedView site() {
        String t = digest.config().title();
        String d = digest.config().description();
        return view("", t, d.isBlank() ? t : d, siteItems(digest), true);
    }

    FeedView theme(Theme theme) {
        String d = theme.description().isBlank() ? "Articles on " + theme.title() + " in " + digest.config().title() + "."
                : theme.description();
        return view(Links.themePath(theme.slug()), theme.title() + " · " + digest.config().title(), d,
                themeItems(digest, theme), false);
    }

    FeedView speaker(dev.chorus.model.Speaker speaker) {
        return view(Links.speakerPath(speaker.slug()), speaker.name() + " · " + digest.config().title(),
                "Articles quoting " + speaker.name() + " in " + digest.config().title() + ".",
                speakerItems(digest, speaker), false);
    }

    private static List<Article> siteItems(DigestView digest) {
        List<Article> all = digest.newestFirst();
        return all.subList(0, Math.min(all.size(), digest.config().feedLimit()));
    }

    private static List<Article> themeItems(DigestView digest, Theme theme) {
        List<Article> items = new ArrayList<>();
        digest.articlesOn(theme.slug()).forEach(s -> items.add(s.article()));
        return newest(digest, items);
    }

    private static List<Article> speakerItems(DigestView digest, dev.chorus.model.Speaker speaker) {
        return newest(digest, new ArrayList<>(digest.articlesBy(speaker.slug())));
    }

    /** The newest {@code feedLimit} of some articles, in the digest's newest-first order. */
    private static List<Article> newest(DigestView digest, List<Article> items) {
        items.sort(java.util.Comparator.comparingInt(digest::newestRank));
        return items.subList(0, Math.min(items.size(), digest.config().feedLimit()));
    }

    /**
     * @param full whether entries carry the whole article; the digest's own feeds do, a theme's
     *             or a speaker's carry summaries, as Hugo's and Jekyll's term feeds do: with
     *             whole articles they would repeat the site's text once for every speaker and
     *             theme of every article
     */
    private FeedView view(String folder, String title, String description, List<Article> articles, boolean full) {
        List<FeedItem> items = new ArrayList<>();
        Instant newest = null;
        for (Article a : articles) {
            Instant when = a.date() == null ? undated : noonUtc(a.date());
            newest = newest == null || when.isAfter(newest) ? when : newest;
            String url = absolute.absolute(Links.articlePath(a.slug()));
            List<String> categories = new ArrayList<>();
            for (ThemeScore t : a.themes()) {
                Theme th = digest.theme(t.slug());
                if (th != null) {
                    categories.add(th.title());
                }
            }
            items.add(new FeedItem(a.title(), url, a.summary(),
                    a.date() == null ? null : RFC_3339.format(when.atOffset(ZoneOffset.UTC)),
                    a.date() == null ? null : RFC_822.format(when.atOffset(ZoneOffset.UTC)),
                    RFC_3339.format(when.atOffset(ZoneOffset.UTC)),
                    full ? contents.apply(a) : null, categories, a.speakers()));
        }
        Instant updated = newest == null ? undated : newest;
        return new FeedView(folder, title, description, digest.config().language(),
                absolute.absolute(folder), absolute.absolute(folder + RSS), absolute.absolute(folder + ATOM),
                absolute.absolute(folder + JSON), digest.config().hasBaseUrl(),
                RFC_3339.format(updated.atOffset(ZoneOffset.UTC)), generated, items);
    }

    private static Instant noonUtc(LocalDate date) {
        // noon, as the RSS dates always were, so the day is the same in every reader's time zone
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** JSON Feed 1.1, keys in the order of the spec, so the bytes never change between builds. */
    static byte[] json(FeedView f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "https://jsonfeed.org/version/1.1");
        m.put("title", f.title());
        m.put("home_page_url", f.homeUrl());
        m.put("feed_url", f.jsonUrl());
        m.put("description", f.description());
        m.put("language", f.language());
        List<Object> items = new ArrayList<>();
        for (FeedItem i : f.items()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", i.url());
            x.put("url", i.url());
            x.put("title", i.title());
            if (i.content() != null) {
                x.put("content_html", i.content());
            } else {
                x.put("content_text", i.summary());
            }
            x.put("summary", i.summary());
            if (i.published() != null) {
                x.put("date_published", i.published());
            }
            if (!i.categories().isEmpty()) {
                x.put("tags", i.categories());
            }
            items.add(x);
        }
        m.put("items", items);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (new ObjectMapper().writer(printer).writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every link in an article's feed HTML absolute. The template already writes absolute
     * links to Chorus pages; this catches the relative links an author wrote in Markdown, which a
     * feed reader would otherwise resolve against the feed's address, or not at all.
     */
    static String absolutize(String html, String pageUrl) {
        URI base;
        try {
            base = new URI(pageUrl);
        } catch (URISyntaxException e) {
            return html;
        }
        Document doc = Parser.parseBodyFragment(html, "");
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element e : doc.body().select("[href], [src], [cite], [poster]")) {
            for (String attr : List.of("href", "src", "cite", "poster")) {
                if (!e.hasAttr(attr)) {
                    continue;
                }
                String v = e.attr(attr).strip();
                String resolved = resolve(base, v);
                if (!resolved.equals(v)) {
                    e.attr(attr, resolved);
                    changed = true;
                }
            }
        }
        return changed ? doc.body().html() : html;
    }

    private static String resolve(URI base, String link) {
        if (link.isEmpty()) {
            return link;
        }
        try {
            URI u = new URI(link);
            return u.isAbsolute() ? link : base.resolve(u).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    /**
     * One feed, ready for feed.ftlx and atom.ftlx.
     *
     * @param folder    the site folder the feed files are written to: "" or "themes/x/"
     * @param permalinks whether item URLs are absolute, so RSS may call them permalinks
     * @param updated   RFC 3339: the newest entry's date (see {@link Feeds})
     * @param generated RFC 822 from SOURCE_DATE_EPOCH, or null
     */
    public record FeedView(String folder, String title, String description, String language, String homeUrl,
                           String rssUrl, String atomUrl, String jsonUrl, boolean permalinks, String updated,
                           String generated, List<FeedItem> items) {
        public FeedView {
            items = List.copyOf(items);
        }
    }

    /**
     * One article in a feed.
     *
     * @param published RFC 3339, or null when the article has no date
     * @param pubDate   RFC 822, or null when the article has no date
     * @param updated   RFC 3339, always set: Atom requires it
     * @param content   the full article as HTML with absolute links, or null in a feed of summaries
     * @param people    the people quoted, by name
     */
    public record FeedItem(String title, String url, String summary, String published, String pubDate,
                           String updated, String content, List<String> categories, List<String> people) {
        public FeedItem {
            categories = List.copyOf(categories);
            people = List.copyOf(people);
        }
    }
}
