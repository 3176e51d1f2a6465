package dev.chorus.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.index.DigestView;
import dev.chorus.model.Article;
import dev.chorus.model.Faq;
import dev.chorus.model.Link;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org structured data for search engines, one {@code @graph} per page. It is written
 * inside {@code <script type="application/ld+json">}, where HTML escaping does not apply, so the
 * JSON itself escapes every character that could end the script or open markup.
 */
final class JsonLd {
    private final DigestView digest;
    private final Links absolute;
    private final ObjectMapper json;

    JsonLd(DigestView digest) {
        this.digest = digest;
        this.absolute = new Links(0, digest.config().baseUrl());
        this.json = new ObjectMapper();
        json.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    String home() {
        Map<String, Object> site = node("WebSite");
        site.put("name", digest.config().title());
        putIfText(site, "description", digest.config().description());
        site.put("url", absolute.absolute(""));
        site.put("inLanguage", digest.config().language());
        return graph(List.of(site));
    }

    /** A list page: all articles, speakers or themes. */
    String collection(String path, String title, String description) {
        Map<String, Object> page = node("CollectionPage");
        page.put("name", title);
        putIfText(page, "description", description);
        page.put("url", absolute.absolute(path));
        page.put("isPartOf", website());
        return graph(List.of(page, breadcrumbs(crumb(title, path))));
    }

    String article(Article a) {
        String path = Links.articlePath(a.slug());
        // schema.org's subtype for opinion pieces; search engines label them as such
        Map<String, Object> art = node(a.opinion() ? "OpinionNewsArticle" : "NewsArticle");
        art.put("headline", a.title());
        putIfText(art, "description", a.summary());
        art.put("url", absolute.absolute(path));
        art.put("mainEntityOfPage", absolute.absolute(path));
        if (a.date() != null) {
            art.put("datePublished", a.date().toString());
        }
        art.put("inLanguage", digest.config().language());
        if (!a.authors().isEmpty()) {
            art.put("author", a.authors().stream().map(JsonLd::person).toList());
        }
        art.put("wordCount", a.wordCount());
        List<Object> about = new ArrayList<>();
        for (ThemeScore t : a.themes()) {
            Theme th = digest.theme(t.slug());
            if (th != null) {
                Map<String, Object> x = node("Thing");
                x.put("name", th.title());
                x.put("url", absolute.absolute(Links.themePath(th.slug())));
                about.add(x);
            }
        }
        if (!about.isEmpty()) {
            art.put("about", about);
        }
        List<Object> people = new ArrayList<>();
        for (String name : a.speakers()) {
            Speaker s = digest.speakerNamed(name);
            people.add(s == null ? person(name) : personRef(s));
        }
        for (String name : a.mentions()) {
            people.add(person(name));
        }
        if (!people.isEmpty()) {
            art.put("mentions", people);
        }
        if (a.source() != null) {
            art.put("isBasedOn", a.source());
        }
        art.put("publisher", publisher());
        art.put("isPartOf", website());
        List<Object> nodes = new ArrayList<>();
        nodes.add(art);
        if (!a.faq().isEmpty()) {
            Map<String, Object> faq = node("FAQPage");
            faq.put("url", absolute.absolute(path));
            List<Object> questions = new ArrayList<>();
            for (Faq f : a.faq()) {
                Map<String, Object> q = node("Question");
                q.put("name", f.question());
                Map<String, Object> answer = node("Answer");
                answer.put("text", f.answer());
                q.put("acceptedAnswer", answer);
                questions.add(q);
            }
            faq.put("mainEntity", questions);
            nodes.add(faq);
        }
        nodes.add(breadcrumbs(crumb("All articles", "articles/"), crumb(a.title(), path)));
        return graph(nodes);
    }

    String speaker(Speaker s) {
        Map<String, Object> p = personRef(s);
        if (s.role() != null) {
            p.put("jobTitle", s.role());
        }
        if (s.bio() != null) {
            p.put("description", s.bio());
        }
        List<String> sameAs = s.links().stream().map(Link::url).filter(u -> u != null && !u.isBlank()).toList();
        if (!sameAs.isEmpty()) {
            p.put("sameAs", sameAs);
        }
        return graph(List.of(p, breadcrumbs(crumb("Speakers", "speakers/"), crumb(s.name(), Links.speakerPath(s.slug())))));
    }

    String theme(Theme t) {
        String path = Links.themePath(t.slug());
        Map<String, Object> page = node("CollectionPage");
        page.put("name", t.title());
        putIfText(page, "description", t.description());
        page.put("url", absolute.absolute(path));
        page.put("isPartOf", website());
        return graph(List.of(page, breadcrumbs(crumb("Themes", "themes/"), crumb(t.title(), path))));
    }

    private Map<String, Object> personRef(Speaker s) {
        Map<String, Object> p = person(s.name());
        p.put("url", absolute.absolute(Links.speakerPath(s.slug())));
        return p;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> p = node("Person");
        p.put("name", name);
        return p;
    }

    private Map<String, Object> website() {
        Map<String, Object> w = node("WebSite");
        w.put("name", digest.config().title());
        w.put("url", absolute.absolute(""));
        return w;
    }

    private Map<String, Object> publisher() {
        Map<String, Object> o = node("Organization");
        o.put("name", digest.config().title());
        o.put("url", absolute.absolute(""));
        return o;
    }

    private record Crumb(String name, String path) {
    }

    private static Crumb crumb(String name, String path) {
        return new Crumb(name, path);
    }

    /** Home, then the given steps. */
    private Map<String, Object> breadcrumbs(Crumb... steps) {
        Map<String, Object> list = node("BreadcrumbList");
        List<Object> items = new ArrayList<>();
        List<Crumb> all = new ArrayList<>();
        all.add(crumb(digest.config().title(), ""));
        all.addAll(List.of(steps));
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> item = node("ListItem");
            item.put("position", i + 1);
            item.put("name", all.get(i).name());
            item.put("item", absolute.absolute(all.get(i).path()));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        return m;
    }

    private static void putIfText(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    private String graph(List<Object> nodes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@graph", nodes);
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "&lt;/script&gt;" or "&lt;!--" inside a string would end or change the script element, so
     * '&lt;', '&gt;' and '&amp;' are written as \\u escapes; so are the two characters JavaScript
     * does not allow in string literals.
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
