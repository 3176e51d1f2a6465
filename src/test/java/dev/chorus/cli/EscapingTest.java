package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile text in every input (raw text, Markdown, saved pages, every front matter field,
 * chorus.yml) reaches no page and no feed as active content: no script runs, no frame loads, no
 * handler fires, no link leads to javascript:. The pages and the HTML inside the feeds are read
 * back with jsoup, as a browser or feed reader would.
 */
class EscapingTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract").toAbsolutePath();

    /** Ways HTML has been made to run script, one per line; numbered so a leak says which one. */
    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(2)>",
            "<img src=\"x\" onerror  =  \"alert(3)\">",
            "<svg onload=alert(4)>",
            "<svg><script>alert(5)</script></svg>",
            "<a href=\"javascript:alert(6)\">six</a>",
            "<a href=\" javascript:alert(7)\">seven</a>",
            "<a href=\"JaVaScRiPt:alert(8)\">eight</a>",
            "<a href=\"jav&#x61;script:alert(9)\">nine</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(10)\">ten</a>",
            "<a href=\"java\tscript:alert(11)\">eleven</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=\">twelve</a>",
            "<a href=\"vbscript:msgbox(13)\">thirteen</a>",
            "<iframe src=\"javascript:alert(14)\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<div style=\"width: expression(alert(15))\">fifteen</div>",
            "<div style=\"background:url(javascript:alert(16))\">sixteen</div>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(17)\">",
            "<base href=\"javascript:alert(18)//\">",
            "<form action=\"javascript:alert(19)\"><button formaction=\"javascript:alert(20)\">go</button></form>",
            "<<script>alert(21)//<</script>",
            "<scr<script>ipt>alert(22)</scr</script>ipt>",
            "\"><script>alert(23)</script>",
            "'><img src=x onerror=alert(24)>",
            "&lt;script&gt;alert(25)&lt;/script&gt;",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(26)>",
            "<details open ontoggle=alert(27)>",
            "<body onload=alert(28)>",
            "<input autofocus onfocus=alert(29)>",
            "<link rel=stylesheet href=\"javascript:alert(30)\">",
            "<style>@import 'javascript:alert(31)';</style>",
            "<img src=x:alert(32) onerror=eval(src)>",
            "<b onmouseover=alert(33)>bold</b>",
            "</textarea><script>alert(34)</script>",
            "<!--<img src=\"--><img src=x onerror=alert(35)//\">");

    /** Markdown's own ways to a script link. */
    static final List<String> MARKDOWN_XSS = List.of(
            "[md one](javascript:alert(40))",
            "[md two](JAVASCRIPT:alert(41))",
            "[md three](&#x6A;avascript:alert(42))",
            "![md four](javascript:alert(43))",
            "<javascript:alert(44)>",
            "[md five][ref]\n\n[ref]: javascript:alert(45)",
            "[md six](data:text/html,<script>alert(46)</script>)",
            "[md seven](vbscript:alert(47))");

    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Files.copy(FIXTURES.resolve("xss.md"), seeds.resolve("xss.md"));
        Files.copy(FIXTURES.resolve("xss.txt"), seeds.resolve("xss.txt"));
        Files.writeString(seeds.resolve("corpus.txt"), rawText());
        Files.writeString(seeds.resolve("corpus.md"), markdown());
        Files.writeString(seeds.resolve("corpus.html"), savedPage());
        for (String field : List.of("title", "summary", "description", "source", "speakers", "tags")) {
            Files.writeString(seeds.resolve("field-" + field + ".md"), frontMatterField(field));
        }
        Path config = Files.writeString(project.resolve("chorus.yml"), chorusYml());
        site = project.resolve("site");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", site.toString(), "--config",
                config.toString(), "--base-url", "https://example.org/digest/");
        assertEquals(0, r.code(), r.err());
    }

    private static String rawText() {
        StringBuilder b = new StringBuilder("<svg onload=alert(99)> A Hostile Corpus In Raw Text\n\n");
        b.append("Jane Doe spoke to reporters about the festival on Friday.\n\n");
        for (int i = 0; i < XSS.size(); i++) {
            b.append("Paragraph ").append(i).append(" carries ").append(XSS.get(i)).append(" in the middle of it.\n\n");
            b.append("“Quote ").append(i).append(" carries ").append(XSS.get(i)).append(" inside it,” Jane Doe said.\n\n");
        }
        return b.append("Source: javascript:alert(98)\n").toString();
    }

    private static String markdown() {
        StringBuilder b = new StringBuilder("---\ntitle: A Hostile Corpus In Markdown\n---\n\n");
        b.append("Jane Doe spoke to reporters about the festival.\n\n");
        for (String x : XSS) {
            b.append(x).append("\n\n");
            b.append("Inline ").append(x).append(" in a sentence, and *emphasis*.\n\n");
        }
        for (String x : MARKDOWN_XSS) {
            b.append("A link: ").append(x).append("\n\n");
        }
        b.append("“<img src=x onerror=alert(48)> is what they wrote,” Jane Doe said.\n");
        return b.toString();
    }

    private static String savedPage() {
        String all = String.join("\n", XSS);
        return "<!doctype html><html><head>"
                + "<title><script>alert(60)</script> Hostile Saved Page</title>"
                + "<meta property=\"og:title\" content=\"&lt;img src=x onerror=alert(61)&gt; A Hostile Saved Page\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-14\">"
                + "<link rel=\"canonical\" href=\"javascript:alert(62)\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"</script><script>alert(63)</script>\","
                + "\"author\":{\"name\":\"<img src=x onerror=alert(64)>\"}}</script>"
                + "</head><body onload=\"alert(65)\"><nav><a href=\"javascript:alert(66)\">menu</a></nav>"
                + "<article><h1>A Hostile Saved Page</h1>"
                + "<p>Jane Doe spoke to reporters about the festival on Friday evening, at length.</p>"
                + "<p>“The page carries <b onclick=alert(67)>markup</b> in a quote,” Jane Doe said.</p>"
                + "<p>" + all + "</p>"
                + "<p><a href=\"javascript:alert(68)\">A link in the body</a> and <img src=x onerror=alert(69)> an image.</p>"
                + "</article></body></html>";
    }

    /** An article whose one front matter field carries hostile text. */
    private static String frontMatterField(String field) {
        String value = switch (field) {
            case "source" -> "javascript:alert(80)";
            case "speakers", "tags" -> "[\"<img src=x onerror=alert(81)>\", \"<script>alert(82)</script>\"]";
            default -> "\"<script>alert(83)</script> <img src=x onerror=alert(84)> " + field + "\"";
        };
        String title = field.equals("title") ? "" : "title: Field " + field + "\n";
        return "---\n" + title + field + ": " + value + "\n---\n\n"
                + "Jane Doe said the " + field + " field was hostile.\n\n"
                + "“Nothing here should run in a browser, not even once,” Jane Doe said.\n";
    }

    private static String chorusYml() {
        return """
                title: "<script>alert(90)</script> Hostile Digest"
                description: "<img src=x onerror=alert(91)> A digest of hostile text."
                language: en
                themes:
                  - slug: hostile
                    title: "<svg onload=alert(92)> Hostility"
                    description: "<a href='javascript:alert(93)'>a theme</a>"
                    keywords: [hostile, script, festival]
                speakers:
                  - name: Jane Doe
                    role: "<b onmouseover=alert(94)>Director</b>"
                    bio: "<script>alert(95)</script> A director with a hostile bio."
                    links:
                      - title: "<img src=x onerror=alert(96)>"
                        url: "https://example.org/jane?x=\\"><script>alert(97)</script>"
                """;
    }

    @Test
    void noPageCarriesActiveContent() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> f : Cli.snapshot(site).entrySet()) {
            if (f.getKey().endsWith(".html")) {
                pages++;
                problems.addAll(ActiveContent.inHtml(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), problems);
        // every kind of page was looked at: home, lists, articles, speakers, themes, echoes, 404
        assertTrue(pages >= 20, "pages: " + pages);
    }

    @Test
    void noFeedCarriesActiveContent() {
        List<String> problems = new ArrayList<>();
        int feeds = 0;
        for (Map.Entry<String, byte[]> f : Cli.snapshot(site).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith("feed.xml") || f.getKey().endsWith("atom.xml") || f.getKey().endsWith("sitemap.xml")) {
                feeds++;
                problems.addAll(ActiveContent.inXmlFeed(f.getKey(), text));
            } else if (f.getKey().endsWith(".json")) {
                feeds++;
                problems.addAll(ActiveContent.inJsonFeed(f.getKey(), text));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(feeds >= 10, "feeds: " + feeds);
    }

    @Test
    void theCheckerFindsWhatItLooksFor() {
        // the checks above are only as good as the checker: it must flag every line of the corpus
        for (String x : XSS) {
            if (x.startsWith("&lt;") || x.startsWith("<math>")) {
                // text already; and a browser-only parser confusion that jsoup reads as inert text
                continue;
            }
            assertFalse(ActiveContent.inHtml("corpus", "<p>" + x + "</p>").isEmpty(), x);
        }
        assertTrue(ActiveContent.scriptUrl(" JaVa\tScRiPt:alert(1)"));
        assertFalse(ActiveContent.scriptUrl("https://example.org/javascript:"));
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        Document d = page("articles/script-alert-t-script-a-hostile-scraped-page/index.html");
        assertEquals("<script>alert('t')</script> A Hostile Scraped Page", d.selectFirst("h1").text());
        assertTrue(d.selectFirst("#p-1").text().contains("<script>alert(5)</script>"));

        Document corpus = page("articles/svg-onload-alert-99-a-hostile-corpus-in-raw-text/index.html");
        assertEquals("<svg onload=alert(99)> A Hostile Corpus In Raw Text", corpus.selectFirst("h1").text());
        String text = corpus.selectFirst(".article-body").text();
        for (String x : XSS) {
            // raw text is not HTML: every character shows as written
            assertTrue(text.contains(x.replace('\t', ' ').replaceAll(" +", " ")), "shown as text: " + x);
        }
    }

    @Test
    void hostileConfigurationIsShownAsText() throws Exception {
        Document home = page("index.html");
        assertTrue(home.title().contains("<script>alert(90)</script> Hostile Digest"), home.title());
        Document speaker = page("speakers/jane-doe/index.html");
        assertEquals("<script>alert(95)</script> A director with a hostile bio.", speaker.selectFirst(".bio").text());
        assertEquals("<img src=x onerror=alert(96)>", speaker.selectFirst(".links a").text());
        assertEquals("https://example.org/jane?x=\"><script>alert(97)</script>", speaker.selectFirst(".links a").attr("href"));
        Document theme = page("themes/hostile/index.html");
        assertEquals("<svg onload=alert(92)> Hostility", theme.selectFirst("h1").text());
    }

    @Test
    void hostileFrontMatterIsShownAsText() throws Exception {
        Document titled = page("articles/script-alert-83-script-img-src-x-onerror-alert-84-title/index.html");
        assertEquals("<script>alert(83)</script> <img src=x onerror=alert(84)> title", titled.selectFirst("h1").text());
        Document summarised = page("articles/field-summary/index.html");
        assertEquals("<script>alert(83)</script> <img src=x onerror=alert(84)> summary",
                summarised.selectFirst("meta[name=description]").attr("content"));
        String speakers = page("articles/field-speakers/index.html").text();
        assertTrue(speakers.contains("<img src=x onerror=alert(81)>"), speakers);
        String tags = page("articles/field-tags/index.html").text();
        assertTrue(tags.contains("<script>alert(82)</script>"), tags);
    }

    @Test
    void sourceLinksThatAreNotWebAddressesReachNoPageAndNoFeed() throws Exception {
        for (String slug : List.of("field-source", "img-src-x-onerror-alert-61-a-hostile-saved-page",
                "svg-onload-alert-99-a-hostile-corpus-in-raw-text")) {
            Document d = page("articles/" + slug + "/index.html");
            assertTrue(d.select(".source").isEmpty(), slug + ": " + d.select(".source"));
        }
        JsonNode digest = new ObjectMapper().readTree(site.resolve("digest.json").toFile());
        for (JsonNode a : digest.get("articles")) {
            assertTrue(a.get("source") == null || a.get("source").isNull()
                    || a.get("source").asText().toLowerCase(Locale.ROOT).startsWith("http"), a.get("source").toString());
        }
    }

    @Test
    void hostileTextInStructuredDataStaysInsideItsScript() throws Exception {
        Document d = page("articles/script-alert-t-script-a-hostile-scraped-page/index.html");
        assertEquals(1, d.select("script").size());
        String json = d.selectFirst("script").data();
        assertTrue(json.toLowerCase(Locale.ROOT).contains("\\u003cscript\\u003ealert('t')\\u003c/script\\u003e"), json);
        String headline = new ObjectMapper().readTree(json).get("@graph").get(0).get("headline").asText();
        assertEquals("<script>alert('t')</script> A Hostile Scraped Page", headline);
    }

    @Test
    void safeMarkdownLinksSurvive() throws Exception {
        Document d = page("articles/script-alert-title-script-hostile-title/index.html");
        assertEquals(1, d.select(".article-body a[href='https://example.com/']").size());
        assertEquals(1, d.select(".article-body a[href='../other/']").size());
    }

    @Test
    void rawHtmlInMarkdownPassesThroughOnlyWhenChorusYmlOptsIn(@TempDir Path other) throws IOException {
        Path seeds = Files.createDirectories(other.resolve("seeds"));
        Files.writeString(seeds.resolve("raw.md"), "# Raw\n\nJane Doe wrote this.\n\n"
                + "<div class=\"widget\" onclick=\"track()\">Widget<script>widget()</script></div>\n\n"
                + "A <a href=\"javascript:call()\">call</a> in a sentence.\n");
        Path safe = Files.writeString(other.resolve("safe.yml"), "title: T\n");
        Path unsafe = Files.writeString(other.resolve("unsafe.yml"), "title: T\nunsafeRawHtml: true\n");

        assertEquals(0, Cli.run("build", "--source", seeds.toString(), "--out", other.resolve("a").toString(),
                "--config", safe.toString()).code());
        String cleaned = Cli.read(other.resolve("a/articles/raw/index.html"));
        assertFalse(cleaned.contains("widget()") || cleaned.contains("onclick") || cleaned.contains("javascript:"), cleaned);

        assertEquals(0, Cli.run("build", "--source", seeds.toString(), "--out", other.resolve("b").toString(),
                "--config", unsafe.toString()).code());
        String trusted = Cli.read(other.resolve("b/articles/raw/index.html"));
        assertTrue(trusted.contains("<div class=\"widget\" onclick=\"track()\">Widget<script>widget()</script></div>"), trusted);
        assertTrue(trusted.contains("<a href=\"javascript:call()\">call</a>"), trusted);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
