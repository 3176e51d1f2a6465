package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saved web pages: jsoup finds the article in the page (JSON-LD and meta tags for title, date
 * and author; {@code <article>}, {@code <main>} or the block densest in paragraphs for the
 * body), drops the site around it, and hands the rest on as text blocks.
 */
final class HtmlReader {
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|share|sharing|social|comment|comments|respond|reply|related|"
                    + "recommended|newsletter|subscribe|signup|cookie|consent|banner|promo|advert|ads?|sponsor|"
                    + "sidebar|breadcrumbs?|footer|header|masthead|popup|modal|toolbar|tags|author-box|byline-box|"
                    + "most-read|trending|outbrain|taboola|byline|dateline|article-meta|post-meta|entry-meta)([\\s_-]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dt", "dd", "figcaption");
    private final ObjectMapper json = new ObjectMapper();

    /** What a page says about itself, and its body text blocks. */
    record Result(String title, LocalDate date, String author, String canonical, List<RawBlock> blocks) {
    }

    Result read(String html) {
        Document doc = Jsoup.parse(html);
        JsonNode ld = articleJsonLd(doc);
        String title = firstNonBlank(meta(doc, "og:title"), text(ld, "headline"), h1(doc), withoutSiteName(doc.title()));
        String date = firstNonBlank(meta(doc, "article:published_time"), text(ld, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"), timeAttr(doc));
        String author = firstNonBlank(authorOf(ld), meta(doc, "author"), meta(doc, "article:author"));
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url"));

        doc.select("script, style, noscript, template, iframe, form, button, input, select, textarea, svg, "
                + "nav, aside, footer, dialog, address, [rel=author], [itemprop=author]").remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element e : new ArrayList<>(doc.body().getAllElements())) {
            if (e.parent() != null && e != doc.body() && !e.tagName().equals("article") && !e.tagName().equals("main")
                    && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find()
                    || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role")))) {
                e.remove();
            }
        }
        Element body = articleElement(doc);
        List<RawBlock> blocks = new ArrayList<>();
        collect(body, blocks);
        if (!blocks.isEmpty() && title != null && blocks.get(0).heading()
                && blocks.get(0).text().equalsIgnoreCase(title.strip())) {
            blocks.remove(0);
        }
        return new Result(clean(title), parseDate(date), clean(author), blank(canonical) ? null : canonical.strip(), blocks);
    }

    /** The element holding the article: its &lt;article&gt;, &lt;main&gt;, or the densest block. */
    private static Element articleElement(Document doc) {
        Element best = null;
        for (Element a : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
            if (best == null || paragraphText(a) > paragraphText(best) * 1.5) {
                best = a;
            }
        }
        if (best != null && paragraphText(best) > 200) {
            return best;
        }
        Element densest = doc.body();
        int most = 0;
        for (Element e : doc.body().select("div, section, td")) {
            int direct = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    direct += p.text().length();
                }
            }
            if (direct > most) {
                most = direct;
                densest = e;
            }
        }
        return densest;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Walks the article in document order, one block per paragraph-like element. */
    private static void collect(Element root, List<RawBlock> out) {
        StringBuilder loose = new StringBuilder();
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String tag = e.tagName();
            if (BLOCKS.contains(tag) && (!tag.equals("li") || e.select("p, li").isEmpty())) {
                flush(loose, out);
                String text = MarkdownReader.normaliseSpace(e.text());
                if (!text.isEmpty()) {
                    out.add(RawBlock.marked(text, 0, tag.matches("h[1-6]"), null));
                }
            } else if (tag.equals("br")) {
                flush(loose, out);
            } else if (isInline(tag)) {
                loose.append(e.text());
            } else {
                flush(loose, out);
                collect(e, out);
            }
        }
        flush(loose, out);
    }

    private static boolean isInline(String tag) {
        return Set.of("a", "b", "strong", "i", "em", "span", "q", "cite", "abbr", "small", "sup", "sub", "mark",
                "time", "u", "s").contains(tag);
    }

    private static void flush(StringBuilder loose, List<RawBlock> out) {
        String text = MarkdownReader.normaliseSpace(loose.toString());
        if (text.length() > 1) {
            out.add(RawBlock.marked(text, 0, false, null));
        }
        loose.setLength(0);
    }

    private JsonNode articleJsonLd(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = json.readTree(s.data());
                JsonNode found = findArticle(node);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // a broken JSON-LD block is common on the web; the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").asText("");
        return type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report") ? node : null;
    }

    private static String authorOf(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        JsonNode a = ld.get("author");
        if (a.isArray() && !a.isEmpty()) {
            a = a.get(0);
        }
        return a.isTextual() ? a.asText() : a.path("name").asText(null);
    }

    private static String text(JsonNode ld, String field) {
        return ld == null ? null : ld.path(field).asText(null);
    }

    private static String meta(Document doc, String name) {
        Elements m = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m.isEmpty() ? null : m.first().attr("content");
    }

    /** "Headline | Site" and "Headline - Site" are how pages title themselves. */
    private static String withoutSiteName(String title) {
        String[] parts = title.split("\\s+[|–—-]\\s+");
        return parts.length > 1 ? parts[0] : title;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("article h1, main h1, h1");
        return h == null ? null : h.text();
    }

    private static String timeAttr(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    static LocalDate parseDate(String s) {
        if (blank(s)) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return s == null ? null : MarkdownReader.normaliseSpace(s.toLowerCase(Locale.ROOT).equals("null") ? "" : s);
    }
}
