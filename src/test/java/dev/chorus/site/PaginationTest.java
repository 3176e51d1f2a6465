package dev.chorus.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists are split into pages of fifty, linked both ways, and nothing is lost between them.
 * The article list's archive pages count from the oldest article, so a new article leaves them
 * as they were.
 */
class PaginationTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildAHundredAndSeventyArticles() throws IOException {
        FixtureProject project = new FixtureProject(tmp.resolve("project"));
        for (int i = 1; i <= 167; i++) {
            writePiece(project, i);
        }
        site = tmp.resolve("project/site");
        project.build(site, false);
    }

    /** Undated, so they come before the fixture's three dated articles, in file order. */
    private static void writePiece(FixtureProject project, int i) throws IOException {
        Files.writeString(project.seeds.resolve(String.format("%03d_piece.txt", 100 + i)), "Budget Piece Number " + i
                + "\n\nAda Brennan talked about the budget and the money again.\n\n“The budget is the budget " + i
                + ", and money is money,” Brennan said.\n");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theArticleListShowsTheNewestSeventyFirstAndTheOlderInRunsOfFiftyCountedFromTheOldest() throws IOException {
        assertEquals(70, page("articles/index.html").select(".article-list > li").size());
        Document oldest = page("articles/page/1/index.html");
        assertEquals(50, oldest.select(".article-list > li").size());
        // the fixture's two undated articles sort before the pieces, by file name; its dated one is the newest
        assertEquals("The First Look at the Budget", oldest.select(".article-list > li h2").last().text(), "oldest last");
        assertEquals("Budget Piece Number 48", oldest.select(".article-list > li h2").first().text());
        assertEquals("Budget Piece Number 98", page("articles/page/2/index.html").selectFirst(".article-list > li h2").text());
        assertEquals("Craft Over Cost", page("articles/index.html").selectFirst(".article-list > li h2").text());
        assertEquals("Budget Piece Number 99", page("articles/index.html").select(".article-list > li h2").last().text());
        assertFalse(Files.exists(site.resolve("articles/page/3")));
        assertTrue(page("articles/page/2/index.html").selectFirst("title").text().startsWith("All articles (page 2 of the archive)"));
    }

    @Test
    void pagesLinkToTheirNeighboursNewestToOldest() throws IOException {
        Document second = page("articles/page/2/index.html");
        assertEquals("../../../articles/index.html", second.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("../../../articles/page/1/index.html", second.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("2", second.selectFirst(".pager a[aria-current=page]").text());
        assertEquals(List.of("Latest", "2", "1"), second.select(".pager li a").eachText());
        Document first = page("articles/index.html");
        assertNull(first.selectFirst(".pager a[rel=prev]"));
        assertEquals("../articles/page/2/index.html", first.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("Latest", first.selectFirst(".pager a[aria-current=page]").text());
        Document oldest = page("articles/page/1/index.html");
        assertEquals("../../../articles/page/2/index.html", oldest.selectFirst(".pager a[rel=prev]").attr("href"));
        assertNull(oldest.selectFirst(".pager a[rel=next]"));
        assertNotNull(second.selectFirst("link[rel=stylesheet][href^=../../../]"), "assets from three folders deep");
    }

    @Test
    void everyArticleIsOnExactlyOneListPage() throws IOException {
        List<String> all = new java.util.ArrayList<>();
        for (String p : List.of("articles/index.html", "articles/page/2/index.html", "articles/page/1/index.html")) {
            page(p).select(".article-list > li h2 a").forEach(a -> all.add(a.attr("href").replaceAll(".*articles/", "")));
        }
        assertEquals(170, all.size());
        assertEquals(170, new java.util.HashSet<>(all).size());
    }

    @Test
    void theThemeFilterOfAListPageCountsTheArticlesOnThatPage() throws IOException {
        Document pieces = page("articles/page/2/index.html");
        assertEquals("Money 50", pieces.selectFirst("[data-theme-filter] a.chip[data-theme=money]").text());
        assertEquals(1, pieces.select("[data-theme-filter] a.chip").size(), "only themes the page's articles have");
    }

    @Test
    void aNewArticleLeavesTheArchivePagesUntouched(@TempDir Path other) throws IOException {
        FixtureProject project = new FixtureProject(other.resolve("project"));
        for (int i = 1; i <= 145; i++) {
            writePiece(project, i);
        }
        Path out = other.resolve("project/site");
        project.build(out, false);
        Map<String, byte[]> before = FixtureProject.snapshot(out);
        writePiece(project, 146);
        project.build(out, false);
        Map<String, byte[]> after = FixtureProject.snapshot(out);
        assertArrayEquals(before.get("articles/page/1/index.html"), after.get("articles/page/1/index.html"));
        assertFalse(Arrays.equals(before.get("articles/index.html"), after.get("articles/index.html")));
        assertFalse(after.containsKey("articles/page/2/index.html"), "149 articles: one archive page");

        writePiece(project, 147);
        project.build(out, false);
        Map<String, byte[]> third = FixtureProject.snapshot(out);
        assertTrue(third.containsKey("articles/page/2/index.html"), "150 articles: a second archive page");
        assertEquals("../../../articles/page/2/index.html",
                Jsoup.parse(new String(third.get("articles/page/1/index.html"), StandardCharsets.UTF_8))
                        .selectFirst(".pager a[rel=prev]").attr("href"), "the oldest page now links to it");
        project.build(other.resolve("clean"), true);
        Map<String, byte[]> clean = FixtureProject.snapshot(other.resolve("clean"));
        assertEquals(clean.keySet(), third.keySet());
        for (String f : third.keySet()) {
            assertArrayEquals(clean.get(f), third.get(f), f + " differs from a clean build");
        }
    }

    @Test
    void aThemeRankingIsPagedAndItsChorusStaysOnTheFirstPage() throws IOException {
        Document first = page("themes/money/index.html");
        assertTrue(first.select(".article-list > li").size() == 50, "first page of the ranking");
        assertNotNull(first.selectFirst(".chorus"));
        Document second = page("themes/money/page/2/index.html");
        assertFalse(second.select(".article-list > li").isEmpty());
        assertNull(second.selectFirst(".chorus"));
        assertEquals("51", second.selectFirst(".article-list").attr("start"));
        Document chorus = first;
        assertTrue(chorus.selectFirst("#speaker-ada-brennan .more a").text().contains("more from Ada Brennan"));
    }
}
