package dev.chorus.serve;

import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import dev.chorus.site.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server over real HTTP, on a small hand-made site. The builds are stand-ins that
 * succeed or fail on demand, so these tests are about serving, not building.
 */
class PreviewTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-SITE";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("index.html", "<!DOCTYPE html><html><head><title>Home</title></head><body><p>home page</p></body></html>"),
            Map.entry("about/index.html", "<!DOCTYPE html><html><body><p>about page</p></BODY></html>"),
            Map.entry("empty/.keep", ""),
            Map.entry("404.html", "<!DOCTYPE html><html><body><p>custom not found</p></body></html>"),
            Map.entry("assets/chorus.css", "body { color: black }"),
            Map.entry("assets/app.js", "console.log('hi')"),
            Map.entry("feed.xml", "<rss/>"),
            Map.entry("feed.json", "{}"),
            Map.entry("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Map.entry("assets/logo.png", "png"),
            Map.entry("assets/font.woff2", "woff2"),
            Map.entry("favicon.ico", "ico"),
            Map.entry("robots.txt", "User-agent: *"),
            Map.entry("site.webmanifest", "{}"),
            Map.entry("CNAME", "digest.example.org"));

    @TempDir
    static Path project;
    static Path site;
    static Preview preview;
    static final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();
    /** When set, the next build runs this instead of succeeding at once. */
    static final AtomicReference<Rebuild> nextBuild = new AtomicReference<>();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(SseClient.WAIT).build();

    @BeforeAll
    static void serve() throws IOException {
        site = project.resolve("site");
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Path p = site.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        Files.writeString(project.resolve("pom.xml"), SECRET);
        Files.createDirectories(project.resolve("seeds"));
        preview = start(project.resolve("seeds"));
    }

    static Preview start(Path watched) throws IOException {
        return start(watched, site);
    }

    static Preview start(Path watched, Path site) throws IOException {
        Preview.Settings settings = new Preview.Settings("127.0.0.1", 0, site, List.of(watched), List.of(),
                Duration.ofMillis(50), Duration.ofMillis(100));
        Rebuild rebuild = (changed, writing) -> {
            Rebuild instead = nextBuild.getAndSet(null);
            if (instead != null) {
                return instead.run(changed, writing);
            }
            RuntimeException e = nextFailure.get();
            if (e != null) {
                throw e;
            }
            return new Build.Result(1, 0, 0, 0, FILES.size(), FILES.size(), FILES.size(), 1, List.of(), java.util.Map.of());
        };
        return Preview.start(settings, rebuild, new Listener() {
            @Override
            public void built(Build.Result result, Set<Path> changed, long millis) {
            }

            @Override
            public void failed(RuntimeException error, Set<Path> changed, long millis) {
            }
        });
    }

    @AfterEach
    void buildSucceedsAgain() {
        if (nextFailure.getAndSet(null) != null) {
            preview.rebuild(Set.of());
        }
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(preview.url().resolve(path)).timeout(SseClient.WAIT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line exactly as written, past any client that would tidy the path. */
    static String raw(String target) throws IOException {
        try (Socket s = new Socket(preview.address().getAddress(), preview.address().getPort())) {
            s.setSoTimeout((int) SseClient.WAIT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/index.html", "text/html; charset=utf-8"),
                Map.entry("/assets/chorus.css", "text/css; charset=utf-8"),
                Map.entry("/assets/app.js", "text/javascript; charset=utf-8"),
                Map.entry("/feed.xml", "application/xml; charset=utf-8"),
                Map.entry("/feed.json", "application/json; charset=utf-8"),
                Map.entry("/assets/favicon.svg", "image/svg+xml"),
                Map.entry("/assets/logo.png", "image/png"),
                Map.entry("/assets/font.woff2", "font/woff2"),
                Map.entry("/favicon.ico", "image/x-icon"),
                Map.entry("/robots.txt", "text/plain; charset=utf-8"),
                Map.entry("/site.webmanifest", "application/manifest+json; charset=utf-8"),
                Map.entry("/CNAME", "text/plain; charset=utf-8"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), type(r), e.getKey());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals("body { color: black }", get("/assets/chorus.css").body());
    }

    @Test
    void aFolderAddressServesItsIndexHtml() throws Exception {
        assertTrue(get("/").body().contains("home page"));
        HttpResponse<String> about = get("/about/");
        assertEquals(200, about.statusCode());
        assertTrue(about.body().contains("about page"));
        assertEquals("text/html; charset=utf-8", type(about));
    }

    @Test
    void aFolderAddressWithoutTheSlashRedirectsToIt() throws Exception {
        HttpResponse<String> r = get("/about");
        assertEquals(301, r.statusCode());
        assertEquals("/about/", r.headers().firstValue("Location").orElse(""));
        assertEquals("/about/?x=1", get("/about?x=1").headers().firstValue("Location").orElse(""));
    }

    @Test
    void aMissingPageGetsTheSitesNotFoundPageWithStatus404() throws Exception {
        for (String path : List.of("/nope", "/a/b/c.html", "/empty/", "/assets/missing.css")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("custom not found"), path);
            assertTrue(r.body().contains(LiveReload.PATH), path);
            assertEquals("text/html; charset=utf-8", type(r));
        }
    }

    @Test
    void aMatchingEtagGets304() throws Exception {
        for (String path : List.of("/assets/chorus.css", "/")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
            assertEquals(200, get(path, "If-None-Match", "\"something-else\"").statusCode());
        }
    }

    @Test
    void anUnchangedFileSinceLastModifiedGets304() throws Exception {
        HttpResponse<String> first = get("/assets/app.js");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("/assets/app.js", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("/assets/app.js", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        assertEquals(200, get("/assets/app.js", "If-Modified-Since", "not a date").statusCode());
    }

    @Test
    void anHtmlPageChangesItsEtagWithEveryBuild() throws Exception {
        String before = get("/").headers().firstValue("ETag").orElseThrow();
        preview.rebuild(Set.of());
        HttpResponse<String> r = get("/", "If-None-Match", before);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("data-chorus-build=\"" + preview.buildNumber() + "\""), r.body());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = get("/assets/chorus.css");
        HttpResponse<String> head = send("HEAD", "/assets/chorus.css");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(type(get), type(head));
        String rawHead = raw("/assets/chorus.css").replaceFirst("(?s)^.*?\r\n\r\n", "");
        assertEquals("body { color: black }", rawHead);
        assertEquals(404, send("HEAD", "/nope").statusCode());
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> r = send(method, "/index.html");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
        }
    }

    @Test
    void noPathReachesAFileOutsideTheSite() throws Exception {
        List<String> attempts = List.of("/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2E%2E%2Fpom.xml",
                "/%2e%2e%2f%2e%2e%2fetc/passwd", "//etc/passwd", "/assets/..\\..\\pom.xml",
                "/assets/%2e%2e%5c%2e%2e%5cpom.xml", "/assets/../../pom.xml", "/./../pom.xml",
                "/index.html%00.css", "/" + project.resolve("pom.xml"), "/..", "/assets/..%2f..%2fpom.xml");
        for (String target : attempts) {
            String response = raw(target);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), target + ": " + status);
            assertFalse(response.contains(SECRET), target);
            assertFalse(response.contains("root:"), target);
        }
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws Exception {
        Path link = site.resolve("escape.txt");
        try {
            Files.createSymbolicLink(link, project.resolve("pom.xml"));
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        try {
            HttpResponse<String> r = get("/escape.txt");
            assertEquals(404, r.statusCode());
            assertFalse(r.body().contains(SECRET));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void theReloadScriptIsInServedHtmlOnly() throws Exception {
        String home = get("/").body();
        int script = home.indexOf("<script data-chorus-build=");
        assertTrue(script > 0 && script < home.indexOf("</body>"), home);
        assertTrue(home.contains("new EventSource(\"/__chorus/reload\")"));
        // an upper-case </BODY> is found too
        String about = get("/about/").body();
        assertTrue(about.indexOf(LiveReload.PATH) < about.indexOf("</BODY>"), about);
        assertFalse(get("/assets/chorus.css").body().contains(LiveReload.PATH));
        assertFalse(get("/feed.xml").body().contains(LiveReload.PATH));
        assertEquals(FILES.get("index.html"), Files.readString(site.resolve("index.html")));
    }

    @Test
    void aFailedBuildShowsItsMessageOnEveryPageUntilABuildSucceeds() throws Exception {
        nextFailure.set(new ChorusException(new SourcePos("seeds/004_x.md", 3), "unknown key '<b>titel</b>' & more"));
        preview.rebuild(Set.of());
        for (String path : List.of("/", "/about/", "/nope")) {
            HttpResponse<String> r = get(path);
            assertEquals(500, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", type(r));
            assertTrue(r.body().contains("seeds/004_x.md:3: unknown key &#39;&lt;b&gt;titel&lt;/b&gt;&#39; &amp; more"),
                    r.body());
            assertFalse(r.body().contains("<b>titel"));
            assertTrue(r.body().contains("data-chorus-build=\"" + preview.buildNumber() + "\""));
        }
        assertEquals(200, get("/assets/chorus.css").statusCode());
        nextFailure.set(null);
        preview.rebuild(Set.of());
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void aFirstBuildThatFailsIsServedAsTheErrorPageEvenWithoutASite() throws Exception {
        nextFailure.set(new ChorusException(new SourcePos("chorus.yml", 2), "unknown key 'titel'"));
        Path watched = Files.createDirectories(project.resolve("never-built-seeds"));
        try (Preview never = start(watched, project.resolve("never-built"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(never.url()).timeout(SseClient.WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertTrue(r.body().contains("chorus.yml:2: unknown key &#39;titel&#39;"), r.body());
        }
    }

    @Test
    void aBugInTheBuildIsShownLikeABadInput() throws Exception {
        nextFailure.set(new IllegalStateException("boom"));
        preview.rebuild(Set.of());
        HttpResponse<String> r = get("/");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().contains("internal error: java.lang.IllegalStateException: boom"), r.body());
    }

    @Test
    void pagesAreServedWhileABuildWorksAndWaitOnlyWhileItWrites() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch write = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        nextBuild.set((changed, lock) -> {
            try {
                working.countDown();
                write.await();
                lock.lock();
                try {
                    writing.countDown();
                    written.await();
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new Build.Result(1, 0, 0, 0, FILES.size(), FILES.size(), FILES.size(), 1, List.of(), java.util.Map.of());
        });
        Thread build = new Thread(() -> preview.rebuild(Set.of()));
        build.start();
        try {
            assertTrue(working.await(SseClient.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(200, get("/").statusCode(), "served from the last site while the build works");
            write.countDown();
            assertTrue(writing.await(SseClient.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            CompletableFuture<HttpResponse<String>> during = http.sendAsync(
                    HttpRequest.newBuilder(preview.url()).timeout(SseClient.WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(during.isDone(), "no file is served while the build writes");
            written.countDown();
            assertEquals(200, during.get(SseClient.WAIT.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } finally {
            write.countDown();
            written.countDown();
            build.join(SseClient.WAIT.toMillis());
        }
    }

    @Test
    void theReloadChannelNamesTheBuildAndAnnouncesTheNextOne() throws Exception {
        try (SseClient sse = SseClient.open(preview.url().resolve(LiveReload.PATH))) {
            long now = preview.buildNumber();
            assertEquals(String.valueOf(now), sse.next("build").data());
            preview.rebuild(Set.of());
            assertEquals(String.valueOf(now + 1), sse.next("reload").data());
            assertEquals("keep-alive", sse.nextComment());
        }
    }

    @Test
    void aChangeInAWatchedFolderRebuildsAndReloads() throws Exception {
        try (SseClient sse = SseClient.open(preview.url().resolve(LiveReload.PATH))) {
            long now = Long.parseLong(sse.next("build").data());
            Files.writeString(project.resolve("seeds/001_new.txt"), "New\n\nBody.");
            assertTrue(Long.parseLong(sse.next("reload").data()) > now);
        }
    }

    @Test
    void aClosedTabIsDropped() throws Exception {
        int before = preview.reloadClients();
        SseClient sse = SseClient.open(preview.url().resolve(LiveReload.PATH));
        sse.next("build");
        assertEquals(before + 1, preview.reloadClients());
        sse.close();
        // the keep-alive comments (every 100 ms here) find the closed connection
        long deadline = System.nanoTime() + SseClient.WAIT.toNanos();
        while (preview.reloadClients() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, preview.reloadClients());
    }

    @Test
    void aSiteFolderSwappedByAnotherBuildIsNeverAnError() throws Exception {
        Path copy = project.resolve("site-copy");
        Path aside = project.resolve("site-aside");
        copyTree(site, copy);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Exception> swapError = new AtomicReference<>();
        Thread swapper = new Thread(() -> {
            try {
                // the two renames of Publisher's swap, over and over, the moment between them drawn out
                for (int i = 0; i < 1000 && running.get(); i++) {
                    Files.move(site, aside, StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(1);
                    Files.move(copy, site, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(aside, copy, StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                swapError.set(e);
            }
        });
        swapper.start();
        List<String> bad = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                for (String path : List.of("/", "/about/", "/assets/chorus.css", "/about")) {
                    int status = get(path).statusCode();
                    if (status != (path.equals("/about") ? 301 : 200)) {
                        bad.add(path + " " + status);
                    }
                }
            }
        } finally {
            running.set(false);
            swapper.join(SseClient.WAIT.toMillis());
        }
        assertEquals(null, swapError.get());
        assertTrue(bad.isEmpty(), bad.toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void closingEndsTheReloadStreamsAndStopsServing() throws Exception {
        Path watched = Files.createDirectories(project.resolve("other-seeds"));
        Preview second = start(watched);
        URI url = second.url();
        assertNotEquals(preview.url(), url);
        SseClient sse = SseClient.open(url.resolve(LiveReload.PATH));
        sse.next("build");
        second.close();
        assertTrue(sse.ends(), "the reload stream should end when the server stops");
        assertThrows(ConnectException.class, () -> new Socket(url.getHost(), url.getPort()).close());
        second.close();
    }
}
