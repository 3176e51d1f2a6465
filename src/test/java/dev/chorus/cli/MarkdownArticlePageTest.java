package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article page made from a newsroom's Markdown: it names its reporter as Hugo and Jekyll do,
 * with {@code author}, which the site shows as the byline, listing as quoted only the people its
 * quotes are attributed to; and its quotes are set off as in raw text, emphasis and all.
 */
class MarkdownArticlePageTest {
    private static final String PAGE = "articles/council-keeps-the-library-open-on-sundays/index.html";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("src/test/resources/extract/byline-author.md"), seeds.resolve("byline-author.md"));
        Files.writeString(seeds.resolve("two-authors.md"), """
                ---
                title: Three names on one piece
                authors: [Ann Example, Bo Example, Cy Example]
                ---

                A piece written by three people, quoting nobody.
                """);
        site = tmp.resolve("site");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void theArticlePageShowsTheAuthorAsItsBylineAndOnlyTheQuotedAsQuoted() throws Exception {
        Document d = Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8");
        assertEquals("By Jane Reporter", d.selectFirst("p.author").text());
        assertEquals("Quoting Tom Birch, Ann Cole", d.selectFirst("p.byline").text());
        assertFalse(d.select("main").text().contains("0 quotes"), "no one is listed as quoted with no quote");
        Document three = Jsoup.parse(site.resolve("articles/three-names-on-one-piece/index.html").toFile(), "UTF-8");
        assertEquals("By Ann Example, Bo Example and Cy Example", three.selectFirst("p.author").text());
        assertTrue(three.select("p.byline").isEmpty());
    }

    @Test
    void quotesInMarkdownAreSetOffWithTheirSpeakerAsInRawTextEmphasisKept() throws Exception {
        Document d = Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8");
        List<String> quotes = new ArrayList<>();
        for (var q : d.select("span.quote")) {
            quotes.add(q.attr("title") + ": " + q.html());
        }
        assertEquals(List.of("Tom Birch: \"We listened to residents,\"", "Tom Birch: \"They want the library open.\"",
                "Ann Cole: <em>\"a relief\"</em>", "Ann Cole: <strong>\"long overdue.\"</strong>"), quotes);
        assertEquals(1, d.select("div#p-3 > p:not(.said-by)").size(), "the paragraph is one paragraph still");
        assertEquals("Library manager Ann Cole said the decision was \"a relief\" for the staff, and \"long overdue.\"",
                d.selectFirst("div#p-3 > p:not(.said-by)").text());
    }

    @Test
    void aHomePageWithNoArticleOnATopicHasNoEmptyThemesSection() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("a[href*=themes/]").stream().noneMatch(x -> x.closest("section.theme-bars") != null));
        assertTrue(home.select("section.theme-bars").isEmpty(), "no bars, no section");
    }

    @Test
    void theAuthorGetsNoSpeakerPage() {
        assertTrue(Files.isDirectory(site.resolve("speakers/tom-birch")));
        assertFalse(Files.exists(site.resolve("speakers/jane-reporter")));
        assertFalse(Files.exists(site.resolve("speakers/ann-example")));
    }

    @Test
    void theJsonAndTheStructuredDataNameTheAuthor() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode article = json.readTree(site.resolve("articles/council-keeps-the-library-open-on-sundays/article.json").toFile());
        assertEquals("[\"Jane Reporter\"]", article.get("authors").toString());
        Document d = Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8");
        JsonNode ld = json.readTree(d.selectFirst("script[type=application/ld+json]").data());
        List<String> authors = new ArrayList<>();
        ld.get("@graph").get(0).get("author").forEach(p -> authors.add(p.get("name").asText()));
        assertEquals(List.of("Jane Reporter"), authors);
    }
}
