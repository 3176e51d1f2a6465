package dev.chorus.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.chorus.index.DigestView;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search/index.js}: what the search page looks through. It is a script that sets one
 * global rather than a JSON file, because a page opened from disk (file://) cannot fetch() JSON
 * but can load a script. Compact by design: arrays instead of objects, article summaries cut
 * short and no paragraphs; quotes point to their paragraph ({@code #p-N}) instead. Every list is
 * in digest order, so the bytes are the same on every build.
 *
 * <pre>
 * window.CHORUS_SEARCH = {"v": 1,
 *   "speakers": [[slug, name, role, quotes, articles]],
 *   "themes":   [[slug, title]],
 *   "articles": [[slug, title, summary, date, [speaker…], [theme…]]],   (newest first)
 *   "quotes":   [[article, paragraph, speaker, text]]}                  (speaker -1: not named)
 * </pre>
 * Numbers inside articles and quotes are positions in the speakers, themes and articles lists.
 */
final class SearchIndex {
    static final String PATH = "search/index.js";
    static final int SUMMARY_LENGTH = 200;
    private static final byte[] PREFIX = "window.CHORUS_SEARCH=".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SUFFIX = ";\n".getBytes(StandardCharsets.UTF_8);
    /** Immutable and shared; the script's end is written after the JSON, so the stream stays open. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SearchIndex() {
    }

    static byte[] script(DigestView d) {
        // straight into one buffer: the index of a large digest is megabytes, and a String of it,
        // the script around it and its bytes were three more copies; written value by value, as
        // lists of mixed values had Jackson look up a serializer for each of a quarter of a
        // million numbers and strings
        ByteArrayOutputStream script = new ByteArrayOutputStream(1 << 20);
        try {
            script.write(PREFIX);
            try (JsonGenerator g = JSON.createGenerator(script)) {
                write(d, g);
            }
            script.write(SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script.toByteArray();
    }

    private static void write(DigestView d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", 1);
        g.writeArrayFieldStart("speakers");
        Map<String, Integer> speakerAt = new HashMap<>();
        for (Speaker s : d.speakers()) {
            speakerAt.put(s.slug(), speakerAt.size());
            g.writeStartArray();
            g.writeString(s.slug());
            g.writeString(s.name());
            g.writeString(s.role() == null ? "" : s.role());
            g.writeNumber(d.quotesBy(s.slug()).size());
            g.writeNumber(d.articlesBy(s.slug()).size());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("themes");
        Map<String, Integer> themeAt = new HashMap<>();
        for (Theme t : d.themes()) {
            themeAt.put(t.slug(), themeAt.size());
            g.writeStartArray();
            g.writeString(t.slug());
            g.writeString(t.title());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("articles");
        List<Article> articles = d.newestFirst();
        for (Article a : articles) {
            g.writeStartArray();
            g.writeString(a.slug());
            g.writeString(a.title());
            g.writeString(shorten(a.summary()));
            g.writeString(a.date() == null ? "" : a.date().toString());
            g.writeStartArray();
            for (String name : a.speakers()) {
                Speaker s = d.speakerNamed(name);
                if (s != null && speakerAt.containsKey(s.slug())) {
                    g.writeNumber(speakerAt.get(s.slug()));
                }
            }
            g.writeEndArray();
            g.writeStartArray();
            for (ThemeScore t : a.themes()) {
                if (themeAt.containsKey(t.slug())) {
                    g.writeNumber(themeAt.get(t.slug()));
                }
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (int at = 0; at < articles.size(); at++) {
            for (Quote q : articles.get(at).quotes()) {
                Integer speaker = q.speakerSlug() == null ? null : speakerAt.get(q.speakerSlug());
                g.writeStartArray();
                g.writeNumber(at);
                g.writeNumber(q.paragraph());
                g.writeNumber(speaker == null ? -1 : speaker);
                g.writeString(trimmed(q.text()));
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The summary up to a word boundary near {@link #SUMMARY_LENGTH}, for the result list. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).stripTrailing() + "…";
    }

    /** Quote cards drop the comma a quote keeps before "he said"; so does the index. */
    private static String trimmed(String quote) {
        return quote.endsWith(",") ? quote.substring(0, quote.length() - 1) : quote;
    }
}
