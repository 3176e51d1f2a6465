package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the project's seeds/ with the project's templates and reads the pages back with jsoup. */
class SeedSiteTest {
    static final String STALLONE = "articles/its-destroying-pure-cinema-from-within-sylvester-stallone/index.html";

    @TempDir
    static Path tmp;
    static Path site;
    static Cli.Run build;

    @BeforeAll
    static void buildSeeds() {
        site = tmp.resolve("site");
        build = Cli.run("build", "--out", site.toString());
        assertEquals(0, build.code(), build.err());
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void printsOneSummaryLine() {
        assertTrue(build.out().matches("Built 3 articles, 2 speakers, 5 themes, 29 quotes: \\d+ files written to .+ in \\d+ ms\\R"),
                build.out());
    }

    @Test
    void writesEveryPageKind() {
        for (String p : List.of("index.html", "articles/index.html", "speakers/index.html", "themes/index.html",
                "speakers/sylvester-stallone/index.html", "speakers/tom-hiddleston/index.html", "feed.xml",
                "digest.json", "404.html", "assets/chorus.css", STALLONE)) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        assertEquals(3, site.resolve("articles").toFile().list((d, n) -> new File(d, n).isDirectory()).length);
        assertEquals(2, site.resolve("speakers").toFile().list((d, n) -> new File(d, n).isDirectory()).length);
        assertEquals(5, site.resolve("themes").toFile().list((d, n) -> new File(d, n).isDirectory()).length);
    }

    @Test
    void everyQuoteOnAnArticlePageShowsWhoSaidItAndLinksThem() throws Exception {
        Document d = page(STALLONE);
        List<Element> quotes = d.select(".para .quote");
        assertEquals(17, quotes.size());
        for (Element q : quotes) {
            Element para = q.closest(".para");
            assertNotNull(para);
            Element link = para.selectFirst(".said-by a");
            assertNotNull(link, "no speaker shown for " + q.text());
            assertEquals("Sylvester Stallone", link.text());
            assertEquals("../../speakers/sylvester-stallone/index.html", link.attr("href"));
            assertEquals("Sylvester Stallone", q.attr("title"));
        }
    }

    @Test
    void articlePageHasHeadingsThemesReadingTimeAndSpeakerBox() throws Exception {
        Document d = page(STALLONE);
        assertEquals(5, d.select(".article-body h2").size());
        assertEquals("“It Looks Like Me — But There’s No Soul Behind Those Eyes”", d.select(".article-body h2").first().text());
        assertFalse(d.select(".chips a.chip").isEmpty());
        assertTrue(d.selectFirst(".kicker").text().contains("min read"));
        assertTrue(d.selectFirst(".kicker").text().contains("Opinion"));
        assertEquals("Sylvester Stallone", d.selectFirst(".speaker-box a").text());
        assertEquals("Ted Kotcheff", d.selectFirst(".mentions li").text());
        assertNotNull(d.getElementById("p-1"));
    }

    @Test
    void faqIsRenderedAsDetails() throws Exception {
        Document d = page("articles/the-desperate-truth-behind-hollywoods-ai-rush/index.html");
        assertEquals(3, d.select(".faq details").size());
        assertEquals("Isn't AI just a new tool for artists? Why frame it as desperation?", d.selectFirst(".faq summary").text());
    }

    @Test
    void speakerPageListsEveryQuoteGroupedByThemeLinkingToTheParagraph() throws Exception {
        Document d = page("speakers/sylvester-stallone/index.html");
        List<Element> cards = d.select(".quote-group .quote-card");
        assertEquals(17, cards.size());
        assertFalse(d.select(".quote-group h2").isEmpty());
        Document article = page(STALLONE);
        for (Element card : cards) {
            String href = card.selectFirst(".where a").attr("href");
            assertTrue(href.matches("\\.\\./\\.\\./articles/[a-z0-9-]+/index\\.html#p-\\d+"), href);
            String anchor = href.substring(href.indexOf('#') + 1);
            assertNotNull(article.getElementById(anchor), anchor);
        }
    }

    @Test
    void themePageRanksArticlesAndShowsEachSpeakersVoice() throws Exception {
        Document d = page("themes/soul-of-cinema/index.html");
        List<Element> ranked = d.select("#ranked-h ~ ol .article-item");
        assertFalse(ranked.isEmpty());
        List<Double> scores = ranked.stream().map(e -> Double.parseDouble(e.selectFirst(".score").text().replace("score ", ""))).toList();
        List<Double> sorted = new ArrayList<>(scores);
        sorted.sort((a, b) -> Double.compare(b, a));
        assertEquals(sorted, scores);
        assertEquals(List.of("Sylvester Stallone", "Tom Hiddleston"), d.select(".voice h3").eachText());
    }

    @Test
    void echoesPageListsTheSharedQuoteOfStalloneAndHiddleston() throws Exception {
        Document d = page("echoes/index.html");
        List<Element> cases = d.select(".echo-case");
        assertEquals(1, cases.size());
        assertTrue(cases.get(0).selectFirst("h2").text().contains("pure cinema from within"));
        assertEquals(List.of("Sylvester Stallone", "Tom Hiddleston", "Tom Hiddleston"), cases.get(0).select("a.who").eachText());
    }

    @Test
    void articlePagesShowTheSameWordsAttributedToSomeoneElse() throws Exception {
        Element note = page(STALLONE).selectFirst("#p-1 .echo");
        assertNotNull(note);
        assertTrue(note.text().startsWith("The same words are also attributed to Tom Hiddleston in"), note.text());
        Element back = page("articles/tom-hiddleston-warns-ai-is-destroying-pure-cinema-from/index.html").selectFirst("#p-1 .echo");
        assertTrue(back.text().contains("Sylvester Stallone"), back.text());
    }

    @Test
    void feedIsRss2WithThreeFullItemsNewestFirst() throws Exception {
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertEquals("2.0", feed.selectFirst("rss").attr("version"));
        assertEquals(3, feed.select("item").size());
        assertEquals("The Desperate Truth Behind Hollywood’s AI Rush", feed.selectFirst("item > title").text());
        for (Element item : feed.select("item")) {
            assertTrue(item.selectFirst("link").text().startsWith("https://example.org/ai-and-cinema/articles/"));
            assertTrue(item.selectFirst("content|encoded").text().contains("<p>"), "full content, HTML-escaped in XML");
        }
    }

    @Test
    void digestJsonHasTheWholeDigest() throws Exception {
        JsonNode d = new ObjectMapper().readTree(site.resolve("digest.json").toFile());
        assertEquals(3, d.get("articles").size());
        assertEquals(2, d.get("speakers").size());
        assertEquals(5, d.get("themes").size());
        int quotes = 0;
        for (JsonNode a : d.get("articles")) {
            quotes += a.get("quotes").size();
        }
        assertEquals(29, quotes);
    }

    @Test
    void everyArticleHasItsOwnJsonWithItsTextAndDigestJsonPointsToIt() throws Exception {
        JsonNode d = new ObjectMapper().readTree(site.resolve("digest.json").toFile());
        for (JsonNode a : d.get("articles")) {
            assertTrue(a.get("paragraphs") == null, "digest.json leaves the text to each article's JSON");
            String slug = a.get("slug").asText();
            assertEquals("https://example.org/ai-and-cinema/articles/" + slug + "/article.json", a.get("data").asText());
            JsonNode own = new ObjectMapper().readTree(site.resolve("articles/" + slug + "/article.json").toFile());
            assertEquals(a.get("title"), own.get("title"));
            assertEquals(a.get("quotes"), own.get("quotes"));
            assertTrue(own.get("paragraphs").size() > 3, slug + ": " + own.get("paragraphs"));
        }
    }

    @Test
    void noBoilerplateAppearsAnywhereInTheSite() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(new File("src/test/resources/gold/seeds.json"));
        for (Map.Entry<String, byte[]> f : Cli.snapshot(site).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            for (JsonNode g : gold) {
                for (JsonNode b : g.get("boilerplate_absent")) {
                    assertFalse(text.contains(b.asText()), f.getKey() + " contains " + b.asText());
                }
            }
        }
    }

    @Test
    void everyInternalLinkAndAssetResolvesToAFile() throws Exception {
        for (String path : Cli.snapshot(site).keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document d = page(path);
            for (Element e : d.select("a[href], link[href]")) {
                String href = e.attr("href");
                if (href.startsWith("http") || href.startsWith("mailto:")) {
                    continue;
                }
                URI target = site.resolve(path).toUri().resolve(href.replaceAll("#.*", ""));
                assertTrue(Files.exists(Path.of(target)), path + " links to missing " + href);
            }
        }
    }

    @Test
    void theSearchIndexIsAScriptWithEveryArticleSpeakerAndQuoteLinkedToItsParagraph() throws Exception {
        String script = Files.readString(site.resolve("search/index.js"));
        assertTrue(script.startsWith("window.CHORUS_SEARCH={") && script.endsWith("};\n"), script.substring(0, 40));
        JsonNode index = new ObjectMapper().readTree(script.substring("window.CHORUS_SEARCH=".length(), script.length() - 2));
        assertEquals(3, index.get("articles").size());
        assertEquals(List.of("Sylvester Stallone", "Tom Hiddleston"),
                List.of(index.get("speakers").get(0).get(1).asText(), index.get("speakers").get(1).get(1).asText()));
        assertEquals("The Desperate Truth Behind Hollywood’s AI Rush", index.get("articles").get(0).get(1).asText(),
                "newest first");
        assertEquals(29, index.get("quotes").size());
        for (JsonNode q : index.get("quotes")) {
            String slug = index.get("articles").get(q.get(0).asInt()).get(0).asText();
            Element para = page("articles/" + slug + "/index.html").getElementById("p-" + q.get(1).asInt());
            assertNotNull(para, slug + " #p-" + q.get(1));
            assertTrue(para.text().contains(q.get(3).asText()), para.text() + " should contain " + q.get(3).asText());
        }
        // compact: summaries and quotes, never whole paragraphs
        assertTrue(script.length() < 12_000, script.length() + " bytes");
    }

    @Test
    void theSearchPageLoadsTheIndexAndTheScriptByRelativeLinksAndExplainsItselfWithoutJavaScript() throws Exception {
        Document d = page("search/index.html");
        assertEquals(List.of("../search/index.js", "../assets/chorus.js"), d.select("script[src]").eachAttr("src"));
        assertTrue(d.selectFirst("form[data-search]").hasAttr("hidden"), "the search box appears only with JavaScript");
        Element noscript = d.selectFirst("noscript");
        assertNotNull(noscript);
        Document fallback = Jsoup.parseBodyFragment(noscript.html());
        assertTrue(fallback.text().startsWith("Search needs JavaScript"), fallback.text());
        assertEquals(List.of("../articles/index.html", "../speakers/index.html", "../themes/index.html"),
                fallback.select("a").eachAttr("href"));
        assertEquals("../search/index.html", page("articles/index.html").selectFirst("form.quick-search").attr("action"));
    }

    @Test
    void theArticlesPageOffersTheThemesAsLinksThatTheFilterScriptTakesOver() throws Exception {
        Document d = page("articles/index.html");
        assertEquals(List.of("../assets/chorus.js"), d.select("script[src]").eachAttr("src"));
        List<Element> chips = d.select("[data-theme-filter] a.chip[data-theme]");
        assertEquals(5, chips.size());
        assertEquals("../themes/soul-of-cinema/index.html", chips.get(0).attr("href"));
        assertEquals("economics-of-the-ai-rush tool-not-replacement",
                d.selectFirst("[data-filterable] > li").attr("data-themes"));
    }

    @Test
    void theHomeHeatMapIsAnSvgWhoseSquaresLinkToWhatEachSpeakerSaysOnATheme() throws Exception {
        Document d = page("index.html");
        Element svg = d.selectFirst(".heatmap svg");
        assertNotNull(svg);
        assertEquals("matrix-title", svg.attr("aria-labelledby"));
        assertFalse(svg.select("title").text().isBlank());
        assertFalse(svg.select("desc").text().isBlank());
        List<Element> cells = svg.select("a:has(rect)");
        assertEquals(7, cells.size(), "4 themes with quotes × 2 speakers, one of them empty");
        for (Element a : cells) {
            String href = a.attr("href");
            assertTrue(href.matches("themes/[a-z0-9-]+/index\\.html#speaker-[a-z0-9-]+"), href);
            Element voice = page(href.replaceAll("#.*", "")).getElementById(href.replaceAll(".*#", ""));
            assertNotNull(voice, href);
            String count = a.selectFirst("text").text();
            // the section says how many quotes there are; it shows the first ten and links to the rest
            assertEquals(count + " " + (count.equals("1") ? "quote" : "quotes"), voice.selectFirst(".count").text(), href);
            int shown = voice.select(".quote-card").size();
            assertEquals(Math.min(10, Integer.parseInt(count)), shown, href);
            assertEquals(shown < Integer.parseInt(count), voice.selectFirst(".more a") != null, href);
            assertTrue(a.attr("aria-label").endsWith(": " + count + " quotes") || count.equals("1"), a.attr("aria-label"));
        }
    }

    @Test
    void articlePagesLinkRelatedArticlesAndSayWhatTheyShare() throws Exception {
        Element related = page(STALLONE).selectFirst(".related");
        assertNotNull(related);
        assertEquals(List.of("Tom Hiddleston Warns: “AI Is Destroying Pure Cinema from Within”"), related.select("h3 a").eachText());
        assertEquals("Also on The human soul of cinema, Likeness, voice and digital doubles, Artists' rights, consent and regulation",
                related.selectFirst(".why").text());
    }

    @Test
    void theStylesheetIsSmallAndNothingIsLoadedFromOtherSites() throws Exception {
        assertTrue(Files.size(site.resolve("assets/chorus.css")) < 25_000);
        for (String asset : List.of("assets/chorus.css", "assets/chorus.js")) {
            String text = Files.readString(site.resolve(asset));
            assertFalse(text.contains("http:") || text.contains("https:") || text.contains("//cdn") || text.contains("@import"), asset);
        }
        for (String path : Cli.snapshot(site).keySet()) {
            if (path.endsWith(".html")) {
                for (Element e : page(path).select("script[src], link[rel=stylesheet], img[src], link[rel=icon]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertFalse(url.startsWith("http") && !url.startsWith("https://example.org/ai-and-cinema/"), path + ": " + url);
                }
            }
        }
    }

    @Test
    void aSecondBuildIsByteIdentical() {
        Path again = tmp.resolve("again");
        assertEquals(0, Cli.run("build", "--out", again.toString()).code());
        Map<String, byte[]> first = Cli.snapshot(site);
        Map<String, byte[]> second = Cli.snapshot(again);
        assertEquals(first.keySet(), second.keySet());
        for (String k : first.keySet()) {
            assertArrayEquals(first.get(k), second.get(k), k);
        }
    }

    @Test
    void pagesAreNotLeftOverFromOtherBuilds() {
        assertTrue(Arrays.stream(tmp.toFile().list()).noneMatch(n -> n.contains("staging") || n.contains("previous")));
    }
}
