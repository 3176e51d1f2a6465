package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What search engines and link previews read: titles, descriptions, canonical links, cards, JSON-LD. */
class MetadataTest {
    private static final String BASE = "https://example.org/ai-and-cinema/";
    private static final String STALLONE = SeedSiteTest.STALLONE;
    private static final String FAQ = "articles/the-desperate-truth-behind-hollywoods-ai-rush/index.html";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--out", site.toString()).code());
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<String> htmlPages() {
        return Cli.snapshot(site).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** The page's JSON-LD graph nodes, each by its @type. */
    static List<JsonNode> graph(Document d) throws Exception {
        List<Element> scripts = d.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        JsonNode root = new ObjectMapper().readTree(scripts.get(0).data());
        assertEquals("https://schema.org", root.get("@context").asText());
        List<JsonNode> nodes = new ArrayList<>();
        root.get("@graph").forEach(nodes::add);
        return nodes;
    }

    static JsonNode node(List<JsonNode> graph, String type) {
        return graph.stream().filter(n -> n.get("@type").asText().equals(type)).findFirst().orElse(null);
    }

    @Test
    void everyPageHasItsOwnTitleDescriptionLanguageAndCards() throws Exception {
        Set<String> titles = new HashSet<>();
        for (String p : htmlPages()) {
            Document d = page(p);
            assertTrue(titles.add(d.title()), "title used twice: " + d.title());
            assertEquals("en", d.selectFirst("html").attr("lang"), p);
            String description = d.selectFirst("meta[name=description]").attr("content");
            assertFalse(description.isBlank(), p);
            for (String property : List.of("og:type", "og:title", "og:description", "og:site_name")) {
                assertFalse(d.select("meta[property=" + property + "]").attr("content").isBlank(), p + " " + property);
            }
            assertEquals("summary", d.selectFirst("meta[name=twitter:card]").attr("content"), p);
            assertEquals(description, d.selectFirst("meta[name=twitter:description]").attr("content"), p);
            assertNotNull(d.selectFirst("link[rel=icon][href$=assets/favicon.svg]"), p);
        }
    }

    @Test
    void canonicalAndOgUrlAreTheAbsoluteFolderAddress() throws Exception {
        for (String p : htmlPages()) {
            if (p.equals("404.html")) {
                continue;
            }
            Document d = page(p);
            String expected = BASE + p.replaceAll("index\\.html$", "");
            assertEquals(expected, d.selectFirst("link[rel=canonical]").attr("href"), p);
            assertEquals(expected, d.selectFirst("meta[property=og:url]").attr("content"), p);
        }
    }

    @Test
    void theNotFoundPageIsNotIndexedAndStartsItsLinksFromTheBaseUrl() throws Exception {
        Document d = page("404.html");
        assertNull(d.selectFirst("link[rel=canonical]"));
        assertNull(d.selectFirst("meta[property=og:url]"));
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(BASE + "assets/chorus.css", d.selectFirst("link[rel=stylesheet]").attr("href"));
        for (Element a : d.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.equals("#main") || href.startsWith(BASE), href);
        }
    }

    @Test
    void anOpinionArticleIsAnOpinionNewsArticleNamingThePeopleInIt() throws Exception {
        Document d = page(STALLONE);
        assertEquals("article", d.selectFirst("meta[property=og:type]").attr("content"));
        List<JsonNode> g = graph(d);
        JsonNode article = node(g, "OpinionNewsArticle");
        assertNotNull(article, g.toString());
        assertEquals(d.selectFirst("h1").text(), article.get("headline").asText());
        assertEquals(BASE + "articles/its-destroying-pure-cinema-from-within-sylvester-stallone/", article.get("url").asText());
        List<String> people = new ArrayList<>();
        article.get("mentions").forEach(m -> {
            assertEquals("Person", m.get("@type").asText());
            people.add(m.get("name").asText());
        });
        assertEquals(List.of("Sylvester Stallone", "Ted Kotcheff"), people);
        assertEquals(BASE + "speakers/sylvester-stallone/", article.get("mentions").get(0).get("url").asText());
        JsonNode crumbs = node(g, "BreadcrumbList").get("itemListElement");
        assertEquals(3, crumbs.size());
        assertEquals("All articles", crumbs.get(1).get("name").asText());
        assertEquals(3, crumbs.get(2).get("position").asInt());
    }

    @Test
    void anArticleWithAFaqCarriesAFaqPage() throws Exception {
        List<JsonNode> g = graph(page(FAQ));
        assertNotNull(node(g, "NewsArticle"), "not an opinion piece");
        JsonNode faq = node(g, "FAQPage");
        assertEquals(3, faq.get("mainEntity").size());
        JsonNode q = faq.get("mainEntity").get(0);
        assertEquals("Question", q.get("@type").asText());
        assertEquals("Isn't AI just a new tool for artists? Why frame it as desperation?", q.get("name").asText());
        assertEquals("Answer", q.get("acceptedAnswer").get("@type").asText());
        assertFalse(q.get("acceptedAnswer").get("text").asText().isBlank());
    }

    @Test
    void aSpeakerPageDescribesAPerson() throws Exception {
        Document d = page("speakers/tom-hiddleston/index.html");
        assertEquals("profile", d.selectFirst("meta[property=og:type]").attr("content"));
        JsonNode person = node(graph(d), "Person");
        assertEquals("Tom Hiddleston", person.get("name").asText());
        assertEquals("Actor", person.get("jobTitle").asText());
        assertEquals(BASE + "speakers/tom-hiddleston/", person.get("url").asText());
    }

    @Test
    void everyPageBelowTheHomePageHasBreadcrumbs() throws Exception {
        assertNotNull(node(graph(page("index.html")), "WebSite"));
        for (String p : htmlPages()) {
            if (!p.equals("index.html") && !p.equals("404.html")) {
                assertNotNull(node(graph(page(p)), "BreadcrumbList"), p);
            }
        }
    }

    @Test
    void cnameIsWrittenAndMustBeAHostName() throws Exception {
        Path config = tmp.resolve("cname.yml");
        Files.writeString(config, "title: T\nbaseUrl: https://digest.example.org/\ncname: Digest.Example.org\n");
        Path out = tmp.resolve("cname-site");
        Cli.Run r = Cli.run("build", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("digest.example.org\n", Files.readString(out.resolve("CNAME")));
        assertFalse(r.err().contains("warning"), r.err());

        Files.writeString(config, "title: T\nbaseUrl: https://user.github.io/repo/\ncname: digest.example.org\n");
        r = Cli.run("build", "--config", config.toString(), "--out", out.toString());
        assertTrue(r.err().contains("warning: cname is digest.example.org but baseUrl is on user.github.io"), r.err());

        Files.writeString(config, "title: T\n\ncname: https://digest.example.org/\n");
        r = Cli.run("build", "--config", config.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + config + ":3: cname must be a bare host name such as digest.example.org "
                + "(no https://, no path, no port), not 'https://digest.example.org/'\n", r.err());
    }

    @Test
    void aBaseUrlInChorusYmlMustBeAbsolute() throws Exception {
        Path config = tmp.resolve("base.yml");
        Files.writeString(config, "baseUrl: user.github.io/repo\n");
        Cli.Run r = Cli.run("build", "--config", config.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: " + config + ":1: baseUrl must be an absolute http(s) URL"), r.err());
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndUrlsAreRootRelative() throws Exception {
        Path config = tmp.resolve("nobase.yml");
        Files.writeString(config, Files.readString(Path.of("chorus.yml")).replaceAll("(?m)^baseUrl:.*$", ""));
        Path out = tmp.resolve("nobase-site");
        Cli.Run r = Cli.run("build", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: baseUrl is not set"), r.err());
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(out.resolve("robots.txt")));
        Document d = Jsoup.parse(out.resolve(STALLONE).toFile(), "UTF-8");
        assertEquals("/articles/its-destroying-pure-cinema-from-within-sylvester-stallone/",
                d.selectFirst("link[rel=canonical]").attr("href"));
        assertNull(d.selectFirst("meta[property=og:url]"));
        assertEquals("/assets/chorus.css", Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8")
                .selectFirst("link[rel=stylesheet]").attr("href"));
    }
}
