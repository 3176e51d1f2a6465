package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile text in every input format reaches no page as active content. */
class EscapingTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract").toAbsolutePath();

    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Files.copy(FIXTURES.resolve("xss.md"), seeds.resolve("xss.md"));
        Files.copy(FIXTURES.resolve("xss.txt"), seeds.resolve("xss.txt"));
        site = project.resolve("site");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void noPageCarriesScriptsOtherThanStructuredDataFramesEventHandlersOrJavascriptUrls() throws Exception {
        int pages = 0;
        for (Map.Entry<String, byte[]> f : Cli.snapshot(site).entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            assertTrue(d.select("iframe, object, embed").isEmpty(), f.getKey());
            for (Element script : d.select("script[src]")) {
                // the one code a page may load is the site's own, from a file: search and the theme filter
                assertTrue(script.attr("src").matches("(\\.\\./)*(assets/chorus|search/index|index)\\.js"), f.getKey() + ": " + script);
                assertTrue(script.data().isEmpty(), f.getKey());
            }
            for (Element script : d.select("script:not([src])")) {
                // structured data is the one inline script a page may carry: data, never code
                assertEquals("application/ld+json", script.attr("type"), f.getKey());
                String json = script.data();
                assertFalse(json.contains("<") || json.contains(">"), f.getKey() + ": " + json);
                assertTrue(new ObjectMapper().readTree(json).has("@graph"), f.getKey());
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), f.getKey() + ": " + e);
                    assertFalse(a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), f.getKey() + ": " + e);
                }
            }
        }
        assertTrue(pages >= 8);
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        Document d = Jsoup.parse(site.resolve("articles/script-alert-t-script-a-hostile-scraped-page/index.html").toFile(), "UTF-8");
        assertEquals("<script>alert('t')</script> A Hostile Scraped Page", d.selectFirst("h1").text());
        assertTrue(d.selectFirst("#p-1").text().contains("<script>alert(5)</script>"));
    }

    @Test
    void hostileTextInStructuredDataStaysInsideItsScript() throws Exception {
        Document d = Jsoup.parse(site.resolve("articles/script-alert-t-script-a-hostile-scraped-page/index.html").toFile(), "UTF-8");
        assertEquals(1, d.select("script").size());
        String json = d.selectFirst("script").data();
        assertTrue(json.toLowerCase(Locale.ROOT).contains("\\u003cscript\\u003ealert('t')\\u003c/script\\u003e"), json);
        String headline = new ObjectMapper().readTree(json).get("@graph").get(0).get("headline").asText();
        assertEquals("<script>alert('t')</script> A Hostile Scraped Page", headline);
    }

    @Test
    void safeMarkdownLinksSurvive() throws Exception {
        Document d = Jsoup.parse(site.resolve("articles/script-alert-title-script-hostile-title/index.html").toFile(), "UTF-8");
        assertEquals(1, d.select(".article-body a[href='https://example.com/']").size());
        assertEquals(1, d.select(".article-body a[href='../other/']").size());
    }
}
