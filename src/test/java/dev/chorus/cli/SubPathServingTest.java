package dev.chorus.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serves the seed site the way GitHub Pages serves a project site: under /repo/, folder
 * addresses answered by their index.html, and 404.html with status 404 for anything missing.
 * Then follows every link and asset from the home page, as a browser and a crawler would.
 */
class SubPathServingTest {
    private static final String PREFIX = "/repo/";
    /** The crawl stops here whatever happens: the seed site has well under a hundred files. */
    private static final int MAX_REQUESTS = 400;

    @TempDir
    static Path tmp;
    static Path site;
    static SubPathServer server;
    static String origin;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws IOException {
        server = new SubPathServer(PREFIX, path -> { });
        origin = server.origin();
        site = tmp.resolve("site");
        server.serve(site);
        Cli.Run r = Cli.run("build", "--out", site.toString(), "--base-url", origin + PREFIX);
        assertEquals(0, r.code(), r.err());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every href and src of a page, absolute, without the fragment. */
    private static List<String> references(Document d) {
        List<String> out = new ArrayList<>();
        for (Element e : d.select("[href], [src]")) {
            String abs = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
            if (!abs.isEmpty()) {
                out.add(abs.replaceAll("#.*", ""));
            }
        }
        return out;
    }

    @Test
    void everyLinkAndAssetReachableFromTheHomePageIsServedUnderTheSubPath() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(origin + PREFIX));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> broken = new ArrayList<>();
        Set<String> pages = new TreeSet<>();
        int requests = 0;
        while (!queue.isEmpty()) {
            assertTrue(++requests <= MAX_REQUESTS, "crawl did not end");
            String url = queue.removeFirst();
            HttpResponse<byte[]> r = get(url);
            if (r.statusCode() != 200) {
                broken.add(r.statusCode() + " " + url);
                continue;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            pages.add(URI.create(url).getPath().replaceAll("index\\.html$", ""));
            Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), url);
            for (String ref : references(d)) {
                if (!ref.startsWith(origin + "/")) {
                    continue;
                }
                if (!ref.startsWith(origin + PREFIX)) {
                    broken.add("outside " + PREFIX + ": " + ref + " on " + url);
                } else if (seen.add(ref)) {
                    queue.add(ref);
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        // the 404 page is the one page nothing links to
        assertEquals(Cli.snapshot(site).keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).count(),
                pages.size(), pages.toString());
        for (String asset : List.of("assets/chorus.css", "assets/favicon.svg", "feed.xml", "atom.xml", "feed.json",
                "themes/soul-of-cinema/atom.xml", "speakers/tom-hiddleston/feed.json", "digest.json")) {
            assertTrue(seen.contains(origin + PREFIX + asset), asset);
        }
    }

    @Test
    void aDeepMissingAddressGetsTheNotFoundPageWithWorkingStylesAndLinks() throws Exception {
        String deep = origin + PREFIX + "x/y/z";
        HttpResponse<byte[]> r = get(deep);
        assertEquals(404, r.statusCode());
        Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), deep);
        assertEquals("Page not found · AI & Cinema: the Chorus", d.title());
        String css = d.selectFirst("link[rel=stylesheet]").absUrl("href");
        assertEquals(origin + PREFIX + "assets/chorus.css", css);
        HttpResponse<byte[]> style = get(css);
        assertEquals(200, style.statusCode());
        assertEquals("text/css", style.headers().firstValue("Content-Type").orElse(""));
        List<String> links = references(d);
        assertTrue(links.size() >= 10, links.toString());
        for (String link : links) {
            // the skip link (#main) points into the 404 page itself
            if (link.startsWith(origin) && !link.equals(deep)) {
                assertEquals(200, get(link).statusCode(), link);
            }
        }
        assertFalse(d.select("main a[href]").isEmpty());
    }

    @Test
    void robotsTxtNamesTheSitemapAndTheSitemapListsServedPages() throws Exception {
        String robots = new String(get(origin + PREFIX + "robots.txt").body(), StandardCharsets.UTF_8);
        assertTrue(robots.contains("Sitemap: " + origin + PREFIX + "sitemap.xml\n"), robots);
        Document sitemap = Jsoup.parse(new String(get(origin + PREFIX + "sitemap.xml").body(), StandardCharsets.UTF_8),
                "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertEquals(16, locs.size());
        for (String loc : locs) {
            assertEquals(200, get(loc).statusCode(), loc);
        }
    }
}
