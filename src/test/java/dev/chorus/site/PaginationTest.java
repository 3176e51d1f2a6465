package dev.chorus.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long lists are split into pages of fifty, linked both ways, and nothing is lost between them. */
class PaginationTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildAHundredAndTwentyArticles() throws IOException {
        FixtureProject project = new FixtureProject(tmp.resolve("project"));
        for (int i = 1; i <= 117; i++) {
            Files.writeString(project.seeds.resolve(String.format("%03d_piece.txt", 100 + i)), "Budget Piece Number " + i
                    + "\n\nAda Brennan talked about the budget and the money again.\n\n“The budget is the budget " + i
                    + ", and money is money,” Brennan said.\n");
        }
        site = tmp.resolve("project/site");
        project.build(site, false);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theArticleIndexHasThreePagesOfAtMostFifty() throws IOException {
        assertEquals(50, page("articles/index.html").select(".article-list > li").size());
        assertEquals(50, page("articles/page/2/index.html").select(".article-list > li").size());
        assertEquals(20, page("articles/page/3/index.html").select(".article-list > li").size());
        assertFalse(Files.exists(site.resolve("articles/page/4")));
    }

    @Test
    void pagesLinkToTheirNeighboursAndNumbers() throws IOException {
        Document second = page("articles/page/2/index.html");
        assertEquals("../../../articles/index.html", second.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("../../../articles/page/3/index.html", second.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("2", second.selectFirst(".pager a[aria-current=page]").text());
        assertNull(page("articles/index.html").selectFirst(".pager a[rel=prev]"));
        assertNull(page("articles/page/3/index.html").selectFirst(".pager a[rel=next]"));
        assertNotNull(second.selectFirst("link[rel=stylesheet][href^=../../../]"), "assets from three folders deep");
    }

    @Test
    void everyArticleIsOnExactlyOneIndexPage() throws IOException {
        List<String> all = new java.util.ArrayList<>();
        for (String p : List.of("articles/index.html", "articles/page/2/index.html", "articles/page/3/index.html")) {
            page(p).select(".article-list > li h2 a").forEach(a -> all.add(a.attr("href").replaceAll(".*articles/", "")));
        }
        assertEquals(120, all.size());
        assertEquals(120, new java.util.HashSet<>(all).size());
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
