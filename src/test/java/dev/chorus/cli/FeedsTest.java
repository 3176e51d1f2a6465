package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feeds of the seed site and of a small dated digest, read back with ROME and Jackson. */
class FeedsTest {
    private static final String BASE = "https://example.org/ai-and-cinema/";

    @TempDir
    static Path tmp;
    static Path seedSite;
    static Path datedSite;

    @BeforeAll
    static void build() throws Exception {
        seedSite = tmp.resolve("seeds-site");
        assertEquals(0, Cli.run("build", "--out", seedSite.toString()).code());

        Path seeds = Files.createDirectories(tmp.resolve("dated"));
        Files.writeString(seeds.resolve("001_old.md"), """
                ---
                title: An older piece
                date: 2024-05-02
                speakers: [Ada Lovelace]
                ---

                “Machines compose nothing of themselves,” Ada Lovelace said. See [the newer piece](../newer/)
                and [its second paragraph](../newer/#p-2), or ![a still](still.png).
                """);
        Files.writeString(seeds.resolve("002_new.md"), """
                ---
                title: A newer piece
                slug: newer
                date: 2025-03-14
                ---

                The first paragraph.

                The second paragraph.
                """);
        Files.writeString(seeds.resolve("003_undated.md"), """
                ---
                title: An undated piece
                ---

                Nothing says when this was written.
                """);
        datedSite = tmp.resolve("dated-site");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", datedSite.toString());
        assertEquals(0, r.code(), r.err());
    }

    static List<String> feedFiles(Path site, String name) {
        return Cli.snapshot(site).keySet().stream().filter(p -> p.equals(name) || p.endsWith("/" + name)).toList();
    }

    static SyndFeed rome(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            SyndFeedInput in = new SyndFeedInput();
            in.setXmlHealerOn(false);
            return in.build(r);
        }
    }

    @Test
    void everyRssAndAtomFeedParsesWithRome() throws Exception {
        List<String> rss = feedFiles(seedSite, "feed.xml");
        List<String> atom = feedFiles(seedSite, "atom.xml");
        // the digest, five themes, two speakers
        assertEquals(8, rss.size());
        assertEquals(8, atom.size());
        for (String f : rss) {
            SyndFeed feed = rome(seedSite.resolve(f));
            assertEquals("rss_2.0", feed.getFeedType(), f);
            assertFalse(feed.getTitle().isBlank(), f);
            assertFalse(feed.getDescription().isBlank(), f);
            assertTrue(feed.getLink().startsWith(BASE), f);
            for (SyndEntry e : feed.getEntries()) {
                assertTrue(e.getUri().startsWith(BASE + "articles/"), f);
                // the digest's feed carries whole articles; theme and speaker feeds, summaries
                assertEquals(f.equals("feed.xml") ? 1 : 0, e.getContents().size(), f);
                assertFalse(e.getDescription().getValue().isBlank(), f);
            }
        }
        for (String f : atom) {
            SyndFeed feed = rome(seedSite.resolve(f));
            assertEquals("atom_1.0", feed.getFeedType(), f);
            assertNotNull(feed.getPublishedDate(), f + ": <updated>");
            assertEquals(BASE + f, feed.getUri(), f + ": <id>");
            for (SyndEntry e : feed.getEntries()) {
                assertNotNull(e.getUpdatedDate(), f);
                assertTrue(e.getLink().startsWith(BASE + "articles/"), f);
            }
        }
    }

    @Test
    void everyJsonFeedHasItsRequiredFields() throws Exception {
        List<String> json = feedFiles(seedSite, "feed.json");
        assertEquals(8, json.size());
        for (String f : json) {
            JsonNode feed = new ObjectMapper().readTree(seedSite.resolve(f).toFile());
            assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText(), f);
            assertFalse(feed.get("title").asText().isBlank(), f);
            assertEquals(BASE + f, feed.get("feed_url").asText(), f);
            assertTrue(feed.get("items").isArray(), f);
            for (JsonNode item : feed.get("items")) {
                assertTrue(item.get("id").isTextual() && !item.get("id").asText().isBlank(), f);
                if (f.equals("feed.json")) {
                    assertTrue(item.get("content_html").asText().contains("<p>"), f);
                } else {
                    assertFalse(item.has("content_html"), f);
                    assertEquals(item.get("summary").asText(), item.get("content_text").asText(), f);
                }
            }
        }
    }

    @Test
    void theThreeFormatsCarryTheSameEntriesInTheSameOrder() throws Exception {
        for (String folder : List.of("", "themes/soul-of-cinema/", "speakers/tom-hiddleston/")) {
            List<String> rss = rome(seedSite.resolve(folder + "feed.xml")).getEntries().stream().map(SyndEntry::getLink).toList();
            List<String> atom = rome(seedSite.resolve(folder + "atom.xml")).getEntries().stream().map(SyndEntry::getLink).toList();
            List<String> json = new ArrayList<>();
            new ObjectMapper().readTree(seedSite.resolve(folder + "feed.json").toFile()).get("items")
                    .forEach(i -> json.add(i.get("url").asText()));
            assertEquals(rss, atom, folder);
            assertEquals(rss, json, folder);
        }
        assertEquals(3, rome(seedSite.resolve("feed.xml")).getEntries().size());
        assertEquals(1, rome(seedSite.resolve("speakers/tom-hiddleston/feed.xml")).getEntries().size());
    }

    @Test
    void rssHasSelfLinkGuidAndFullContent() throws Exception {
        Document rss = Jsoup.parse(Files.readString(seedSite.resolve("feed.xml")), "", Parser.xmlParser());
        Element self = rss.selectFirst("channel > atom|link[rel=self]");
        assertEquals(BASE + "feed.xml", self.attr("href"));
        assertEquals(BASE, rss.selectFirst("channel > link").text());
        for (Element item : rss.select("item")) {
            assertEquals("true", item.selectFirst("guid").attr("isPermaLink"));
            assertEquals(item.selectFirst("link").text(), item.selectFirst("guid").text());
            assertTrue(item.selectFirst("content|encoded").text().length() > 1000);
        }
    }

    @Test
    void datesComeFromArticlesAndAtomIsUpdatedAtTheNewest() throws Exception {
        SyndFeed atom = rome(datedSite.resolve("atom.xml"));
        assertEquals(Instant.parse("2025-03-14T12:00:00Z"), atom.getPublishedDate().toInstant());
        assertEquals(List.of("A newer piece", "An older piece", "An undated piece"),
                atom.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(Instant.parse("1970-01-01T00:00:00Z"), atom.getEntries().get(2).getUpdatedDate().toInstant());
        String rss = Files.readString(datedSite.resolve("feed.xml"));
        assertTrue(rss.contains("<pubDate>Fri, 14 Mar 2025 12:00:00 +0000</pubDate>"), rss);
        assertFalse(rss.contains("lastBuildDate"), "no clock time without SOURCE_DATE_EPOCH");
        JsonNode items = new ObjectMapper().readTree(datedSite.resolve("feed.json").toFile()).get("items");
        assertEquals("2025-03-14T12:00:00Z", items.get(0).get("date_published").asText());
        assertFalse(items.get(2).has("date_published"));
        SyndFeed speaker = rome(datedSite.resolve("speakers/ada-lovelace/atom.xml"));
        assertEquals(Instant.parse("2024-05-02T12:00:00Z"), speaker.getPublishedDate().toInstant());
    }

    @Test
    void relativeLinksInsideFeedContentAreMadeAbsolute() throws Exception {
        JsonNode items = new ObjectMapper().readTree(datedSite.resolve("feed.json").toFile()).get("items");
        Document content = Jsoup.parseBodyFragment(items.get(1).get("content_html").asText());
        assertEquals(List.of(BASE + "articles/newer/", BASE + "articles/newer/#p-2", BASE + "speakers/ada-lovelace/"),
                content.select("a").eachAttr("href"));
        assertEquals(BASE + "articles/an-older-piece/still.png", content.selectFirst("img").attr("src"));
        for (String f : List.of("feed.xml", "atom.xml")) {
            Document xml = Jsoup.parse(Files.readString(datedSite.resolve(f)), "", Parser.xmlParser());
            for (Element c : xml.select("content, content|encoded")) {
                Document html = Jsoup.parseBodyFragment(c.text());
                for (Element e : html.select("[href], [src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertTrue(url.startsWith("https://"), f + ": " + url);
                }
            }
        }
    }

    @Test
    void pagesAnnounceTheirFeeds() throws Exception {
        Document theme = Jsoup.parse(seedSite.resolve("themes/soul-of-cinema/index.html").toFile(), "UTF-8");
        List<String> hrefs = theme.select("link[rel=alternate]").eachAttr("href");
        assertEquals(List.of("../../themes/soul-of-cinema/feed.xml", "../../themes/soul-of-cinema/atom.xml",
                "../../themes/soul-of-cinema/feed.json", "../../feed.xml", "../../atom.xml", "../../feed.json"), hrefs);
        assertEquals(List.of("application/rss+xml", "application/atom+xml", "application/feed+json"),
                theme.select("link[rel=alternate]").eachAttr("type").subList(0, 3));
        assertEquals(List.of("RSS", "Atom", "JSON Feed"), theme.select(".follow a").eachText());
        Document speaker = Jsoup.parse(seedSite.resolve("speakers/tom-hiddleston/index.html").toFile(), "UTF-8");
        assertEquals("../../speakers/tom-hiddleston/atom.xml", speaker.select("link[rel=alternate]").get(1).attr("href"));
        Document home = Jsoup.parse(seedSite.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("feed.xml", "atom.xml", "feed.json"), home.select("link[rel=alternate]").eachAttr("href"));
    }
}
