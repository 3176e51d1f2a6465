package dev.chorus.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** Immutable and shared: a mapper made for each build started its serializers from nothing. */
    private static final ObjectWriter JSON = new ObjectMapper().writer()
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SearchIndex() {
    }

    static byte[] script(DigestView d) {
        Map<String, Integer> speakerAt = new HashMap<>();
        List<Object> speakers = new ArrayList<>();
        for (Speaker s : d.speakers()) {
            speakerAt.put(s.slug(), speakers.size());
            speakers.add(List.of(s.slug(), s.name(), s.role() == null ? "" : s.role(), d.quotesBy(s.slug()).size(),
                    d.articlesBy(s.slug()).size()));
        }
        Map<String, Integer> themeAt = new HashMap<>();
        List<Object> themes = new ArrayList<>();
        for (Theme t : d.themes()) {
            themeAt.put(t.slug(), themes.size());
            themes.add(List.of(t.slug(), t.title()));
        }
        List<Object> articles = new ArrayList<>();
        List<Object> quotes = new ArrayList<>();
        for (Article a : d.newestFirst()) {
            int at = articles.size();
            List<Integer> quoted = new ArrayList<>();
            for (String name : a.speakers()) {
                Speaker s = d.speakerNamed(name);
                if (s != null && speakerAt.containsKey(s.slug())) {
                    quoted.add(speakerAt.get(s.slug()));
                }
            }
            List<Integer> about = new ArrayList<>();
            for (ThemeScore t : a.themes()) {
                if (themeAt.containsKey(t.slug())) {
                    about.add(themeAt.get(t.slug()));
                }
            }
            articles.add(List.of(a.slug(), a.title(), shorten(a.summary()), a.date() == null ? "" : a.date().toString(),
                    quoted, about));
            for (Quote q : a.quotes()) {
                Integer speaker = q.speakerSlug() == null ? null : speakerAt.get(q.speakerSlug());
                quotes.add(List.of(at, q.paragraph(), speaker == null ? -1 : speaker, trimmed(q.text())));
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("v", 1);
        index.put("speakers", speakers);
        index.put("themes", themes);
        index.put("articles", articles);
        index.put("quotes", quotes);
        // straight into one buffer: the index of a large digest is megabytes, and a String of it,
        // the script around it and its bytes were three more copies
        ByteArrayOutputStream script = new ByteArrayOutputStream(1 << 20);
        try {
            script.write(PREFIX);
            JSON.writeValue(script, index);
            script.write(SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script.toByteArray();
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
