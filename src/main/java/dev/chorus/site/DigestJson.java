package dev.chorus.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chorus.index.Digest;
import dev.chorus.index.Echo;
import dev.chorus.index.QuoteRef;
import dev.chorus.index.Scored;
import dev.chorus.model.Article;
import dev.chorus.model.Faq;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;
import dev.chorus.text.Slugs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes Chorus prints: {@code chorus extract} and {@code digest.json}. Built as
 * ordered maps so the key order, and so the bytes, never change between runs.
 */
public final class DigestJson {

    /**
     * Indented JSON, made once: an ObjectWriter is immutable and safe to share between threads,
     * and building a mapper for each of ten thousand article.json pages cost seconds.
     */
    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DigestJson() {
    }

    /** One object of {@code chorus extract}; the schema tests and tooling rely on. */
    public static Map<String, Object> extractView(String file, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("slug", a.slug());
        m.put("title", a.title());
        m.put("kind", a.kind().label());
        m.put("opinion", a.opinion());
        m.put("speakers", a.speakers().stream().map(n -> named(n, Slugs.of(n))).toList());
        m.put("mentions", a.mentions());
        m.put("headings", a.headings());
        m.put("paragraphs", a.paragraphs());
        m.put("quotes", a.quotes().stream().map(DigestJson::quote).toList());
        m.put("faq", a.faq().stream().map(DigestJson::faq).toList());
        m.put("themes", a.themes().stream().map(DigestJson::themeScore).toList());
        m.put("summary", a.summary());
        m.put("wordCount", a.wordCount());
        return m;
    }

    /** Where an article's own JSON is: beside its page. */
    static String articlePath(String slug) {
        return Links.articlePath(slug) + "article.json";
    }

    /**
     * One article with its text, {@code articles/<slug>/article.json}: what digest.json
     * says of it, and its headings and paragraphs.
     */
    static Map<String, Object> article(PageDigest d, String slug, Links links) {
        Article a = d.article(slug);
        Map<String, Object> x = summary(a, links, n -> speakerRef(d.speakerNamed(n), n));
        x.put("headings", a.headings());
        x.put("paragraphs", a.paragraphs());
        x.put("quotes", a.quotes().stream().map(DigestJson::quote).toList());
        x.put("faq", a.faq().stream().map(DigestJson::faq).toList());
        return x;
    }

    /** What digest.json and an article's own JSON both say of it. */
    private static Map<String, Object> summary(Article a, Links links,
                                               Function<String, Map<String, Object>> speaker) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("slug", a.slug());
        x.put("url", links.absolute(Links.articlePath(a.slug())));
        x.put("data", links.absolute(articlePath(a.slug())));
        x.put("file", a.file());
        x.put("title", a.title());
        x.put("date", a.date() == null ? null : a.date().toString());
        x.put("kind", a.kind().label());
        x.put("opinion", a.opinion());
        x.put("summary", a.summary());
        x.put("source", a.source());
        x.put("wordCount", a.wordCount());
        x.put("readingMinutes", a.readingMinutes());
        x.put("authors", a.authors());
        x.put("speakers", a.speakers().stream().map(speaker).toList());
        x.put("mentions", a.mentions());
        x.put("themes", a.themes().stream().map(DigestJson::themeScore).toList());
        return x;
    }

    /**
     * The whole digest: site, articles, speakers, themes, echoes. Articles come without their
     * paragraphs, which are in each article's own JSON ({@code data}): with them the file
     * passed GitHub's 100 MB limit at about 11,000 articles, and was rewritten whole for
     * every new one. Each article, speaker and theme is a part of the file with a version
     * ({@code version} of its {@code a:}, {@code s:} or {@code t:} key), copied from the last
     * file when that is unchanged (see {@link DigestParts}); the bytes are the same either way.
     *
     * @param expected the file's likely size, so a buffer of tens of MB is not grown by doubling
     */
    static Written digest(Digest d, Links links, DigestParts before, Function<String, String> version, int expected) {
        DigestParts.Sink sink = new DigestParts.Sink(Math.max(1 << 16, expected));
        try (JsonGenerator g = WRITER.createGenerator(sink)) {
            DigestParts.Writer parts = new DigestParts.Writer(before, sink, g);
            g.writeStartObject();
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("title", d.config().title());
            site.put("description", d.config().description());
            site.put("baseUrl", d.config().baseUrl());
            site.put("language", d.config().language());
            g.writeFieldName("site");
            g.writeObject(site);
            g.writeArrayFieldStart("articles");
            for (Article a : d.newestFirst()) {
                parts.part(version.apply(Versions.article(a.slug())), () -> {
                    Map<String, Object> x = summary(a, links, n -> speakerRef(d.speakerNamed(n), n));
                    x.put("quotes", a.quotes().stream().map(DigestJson::quote).toList());
                    x.put("faq", a.faq().stream().map(DigestJson::faq).toList());
                    return x;
                });
            }
            g.writeEndArray();
            g.writeArrayFieldStart("speakers");
            for (Speaker s : d.speakers()) {
                parts.part(version.apply(Versions.speaker(s.slug())), () -> speaker(d, links, s));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("themes");
            for (Theme t : d.themes()) {
                parts.part(version.apply(Versions.theme(t.slug())), () -> theme(d, links, t));
            }
            g.writeEndArray();
            g.writeFieldName("echoes");
            g.writeObject(lazily(d.echoes(), DigestJson::echo));
            g.writeEndObject();
            g.flush();
            sink.write('\n');
            return new Written(sink.toByteArray(), parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** digest.json's bytes, and where each part of them is. */
    record Written(byte[] bytes, DigestParts.Writer parts) {
    }

    private static Map<String, Object> speaker(Digest d, Links links, Speaker s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("slug", s.slug());
        x.put("name", s.name());
        x.put("url", links.absolute(Links.speakerPath(s.slug())));
        x.put("role", s.role());
        x.put("bio", s.bio());
        x.put("aliases", s.aliases());
        x.put("articles", d.articlesBy(s.slug()).stream().map(Article::slug).toList());
        List<Object> quotes = new ArrayList<>();
        for (QuoteRef q : d.quotesBy(s.slug())) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("article", q.article().slug());
            y.put("paragraph", q.quote().paragraph());
            y.put("text", q.quote().text());
            y.put("themes", q.quote().themes().stream().map(ThemeScore::slug).toList());
            quotes.add(y);
        }
        x.put("quotes", quotes);
        return x;
    }

    private static Map<String, Object> theme(Digest d, Links links, Theme t) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("slug", t.slug());
        x.put("title", t.title());
        x.put("description", t.description());
        x.put("url", links.absolute(Links.themePath(t.slug())));
        List<Object> ranked = new ArrayList<>();
        for (Scored s : d.articlesOn(t.slug())) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("article", s.article().slug());
            y.put("score", s.score());
            ranked.add(y);
        }
        x.put("articles", ranked);
        return x;
    }

    private static Map<String, Object> echo(Echo e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("words", e.words());
        List<Object> quotes = new ArrayList<>();
        for (QuoteRef q : e.quotes()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("speaker", q.quote().speaker());
            y.put("article", q.article().slug());
            y.put("paragraph", q.quote().paragraph());
            y.put("text", q.quote().text());
            quotes.add(y);
        }
        x.put("quotes", quotes);
        return x;
    }

    /**
     * The items' views, made one at a time as the JSON is written: all of them at once were
     * the whole digest a second time in memory, kept until the last byte was written.
     */
    private static <T> Iterable<Map<String, Object>> lazily(List<T> items, Function<T, Map<String, Object>> view) {
        return () -> items.stream().map(view).iterator();
    }

    private static Map<String, Object> speakerRef(Speaker s, String name) {
        return named(name, s != null ? s.slug() : Slugs.of(name));
    }

    /** Indented JSON in UTF-8, the same bytes for the same value. */
    static byte[] bytes(Object value) {
        try {
            // straight to UTF-8 bytes, not through a String of twice their size
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            WRITER.writeValue(bytes, value);
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> named(String name, String slug) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("slug", slug);
        return m;
    }

    private static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("speaker", q.speaker());
        m.put("paragraph", q.paragraph());
        return m;
    }

    private static Map<String, Object> faq(Faq f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", f.question());
        m.put("answer", f.answer());
        return m;
    }

    private static Map<String, Object> themeScore(ThemeScore t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", t.slug());
        m.put("score", t.score());
        return m;
    }
}
