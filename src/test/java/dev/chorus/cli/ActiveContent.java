package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a browser would run or follow in a page or feed: scripts other than structured
 * data, frames and plugins, event handlers, script-like URLs (javascript:, vbscript:, data:),
 * CSS expressions, meta refreshes, base and form targets. Each finding is one line.
 */
final class ActiveContent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "portal", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "cite", "srcset", "xlink:href", "lowsrc", "dynsrc", "longdesc", "ping");
    /** Browsers ignore tabs, new lines and control characters inside a URL's scheme. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]");
    /** The site's own scripts, from its own files: the theme filter and search. */
    private static final Pattern OWN_SCRIPT = Pattern.compile("(\\.\\./)*(https?://[^\"\\s]+/)?(assets/chorus|search/index)\\.js");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("^(javascript|vbscript|data|livescript|mocha):.*",
            Pattern.DOTALL);

    private ActiveContent() {
    }

    /** Problems in an HTML page; {@code where} names it in the messages. */
    static List<String> inHtml(String where, String html) {
        List<String> out = new ArrayList<>();
        Document d = Jsoup.parse(html);
        for (Element e : d.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN.contains(tag)) {
                out.add(where + ": <" + tag + "> element: " + e);
            }
            if (tag.equals("script")) {
                String json = e.data();
                boolean ownFile = e.hasAttr("src") && json.isBlank() && OWN_SCRIPT.matcher(e.attr("src")).matches();
                boolean data = e.attr("type").equals("application/ld+json") && !json.contains("<") && parses(json);
                if (!ownFile && !data) {
                    out.add(where + ": script: " + e);
                }
            }
            boolean searchAction = e.attr("action").endsWith("search/index.html")
                    || where.equals("search/index.html") && e.attr("action").equals("index.html");
            if (tag.equals("form") && !(e.attr("method").equalsIgnoreCase("get") && searchAction)) {
                // the one form a page may hold is the site's own search box
                out.add(where + ": form: " + e);
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                out.add(where + ": meta refresh: " + e);
            }
            if (tag.equals("style") && dangerousCss(e.data())) {
                out.add(where + ": style element: " + e);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    out.add(where + ": event handler " + name + " on " + e);
                }
                if (URL_ATTRIBUTES.contains(name) && scriptUrl(a.getValue())) {
                    out.add(where + ": script URL in " + name + " of " + e);
                }
                if (name.equals("style") && dangerousCss(a.getValue())) {
                    out.add(where + ": style attribute on " + e);
                }
            }
        }
        return out;
    }

    /**
     * Problems in an RSS or Atom feed: the HTML it carries (what readers render as HTML: an RSS
     * item's description and content:encoded, Atom elements of type html) and every link in it.
     */
    static List<String> inXmlFeed(String where, String xml) {
        List<String> out = new ArrayList<>();
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        for (Element e : feed.getAllElements()) {
            String tag = e.normalName();
            boolean rssHtml = tag.equals("content:encoded") || tag.equals("description") && e.parent() != null
                    && e.parent().normalName().equals("item");
            boolean atomHtml = e.attr("type").equals("html") || e.attr("type").equals("xhtml");
            if (rssHtml || atomHtml) {
                out.addAll(inHtml(where + " <" + tag + ">", atomHtml && e.attr("type").equals("xhtml") ? e.html() : e.wholeText()));
            }
            if ((tag.equals("link") || tag.equals("guid") || tag.equals("id") || tag.equals("loc") || tag.equals("uri")
                    || tag.equals("comments")) && scriptUrl(e.text())) {
                out.add(where + ": script URL in <" + tag + ">: " + e.text());
            }
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)) && scriptUrl(a.getValue())) {
                    out.add(where + ": script URL in " + a.getKey() + " of " + e);
                }
            }
        }
        return out;
    }

    /** Problems in a JSON Feed: the HTML of every item, and every URL field. */
    static List<String> inJsonFeed(String where, String json) {
        List<String> out = new ArrayList<>();
        try {
            walk(where, JSON.readTree(json), "", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walk(String where, JsonNode node, String field, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(where, f.getValue(), f.getKey(), out));
        } else if (node.isArray()) {
            node.forEach(n -> walk(where, n, field, out));
        } else if (node.isTextual()) {
            String v = node.asText();
            if (field.equals("content_html")) {
                out.addAll(inHtml(where + " content_html", v));
            } else if ((field.contains("url") || field.equals("id") || field.equals("source") || field.equals("sameAs"))
                    && scriptUrl(v)) {
                out.add(where + ": script URL in " + field + ": " + v);
            }
        }
    }

    /** What a browser would make of the URL's scheme, after dropping what it ignores there. */
    static boolean scriptUrl(String value) {
        String v = IGNORED_IN_SCHEME.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        if (v.contains(";url=")) {
            v = v.substring(v.indexOf(";url=") + 5);
        }
        return SCRIPT_SCHEME.matcher(v).matches();
    }

    private static boolean dangerousCss(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return c.contains("expression(") || c.contains("javascript:") || c.contains("behavior:")
                || c.contains("-moz-binding") || c.contains("@import");
    }

    private static boolean parses(String json) {
        try {
            return JSON.readTree(json).has("@graph");
        } catch (IOException e) {
            return false;
        }
    }
}
