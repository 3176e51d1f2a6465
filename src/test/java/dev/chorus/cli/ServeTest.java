package dev.chorus.cli;

import dev.chorus.serve.SseClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code chorus serve} run in-process on a copy of the project, driven over HTTP as a browser
 * would: a page and its reload channel open while articles are added, broken and fixed. One
 * server for the class; each test leaves the site building.
 */
class ServeTest {
    private static final Pattern URL = Pattern.compile("Serving .+ at (http://\\S+/) \\(Ctrl-C to stop\\)");

    @TempDir
    static Path project;
    static Path seeds;
    static Path site;
    static final Lines out = new Lines();
    static final Lines err = new Lines();
    static final AtomicInteger exitCode = new AtomicInteger(-1);
    static Thread server;
    static URI url;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(SseClient.WAIT).build();

    /** Collects what the command prints, line by line, from whichever thread prints it. */
    static final class Lines extends Writer {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuffer all = new StringBuffer();
        private final StringBuilder current = new StringBuilder();

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            all.append(buf, off, len);
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines.add(current.toString());
                    current.setLength(0);
                } else if (buf[i] != '\r') {
                    current.append(buf[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** The next line that starts with {@code prefix}; fails after the wait. */
        String next(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + SseClient.WAIT.toNanos();
            while (true) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertNotNull(line, "no line starting with '" + prefix + "' within " + SseClient.WAIT + "; got:\n" + all);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }

    @BeforeAll
    static void serveACopyOfTheProject() throws Exception {
        seeds = copy(Path.of("seeds"), project.resolve("seeds"));
        copy(Path.of("templates"), project.resolve("templates"));
        Files.copy(Path.of("chorus.yml"), project.resolve("chorus.yml"));
        site = project.resolve("site");
        String[] args = {"serve", "--port", "0", "--source", seeds.toString(), "--out", site.toString(),
                "--templates", project.resolve("templates").toString(), "--config",
                project.resolve("chorus.yml").toString(), "--verbose"};
        server = new Thread(() -> exitCode.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
        server.start();
        Matcher m = URL.matcher(out.next("Serving "));
        assertTrue(m.matches(), out.all.toString());
        url = URI.create(m.group(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.interrupt();
        server.join(SseClient.WAIT.toMillis());
        assertFalse(server.isAlive(), "serve did not stop");
        assertEquals(0, exitCode.get(), err.all.toString());
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url.resolve(path)).timeout(SseClient.WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNewArticleAppearsABrokenOneShowsItsErrorAndTheFixRecovers() throws Exception {
        assertTrue(url.toString().startsWith("http://127.0.0.1:"), "listens on this computer only: " + url);
        assertTrue(out.all.toString().startsWith("Built in "), out.all.toString());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("/__chorus/reload"));
        assertFalse(Files.readString(site.resolve("index.html")).contains("__chorus"), "site/ stays as build writes it");

        try (SseClient reload = SseClient.open(url.resolve("/__chorus/reload"))) {
            long build = Long.parseLong(reload.next("build").data());

            long written = System.nanoTime();
            Files.writeString(seeds.resolve("003_live.md"), "---\ntitle: \"Live Reload Works\"\n---\n\n"
                    + "“Saving a file is enough,” said Ada Lovelace.\n");
            long next = Long.parseLong(reload.next("reload").data());
            long latency = (System.nanoTime() - written) / 1_000_000;
            System.out.println("serve: reload event " + latency + " ms after the new seed was written");
            assertTrue(next > build);
            assertTrue(out.next("Rebuilt in ").matches("Rebuilt in \\d+ ms: 4 articles, .*003_live\\.md changed\\)"));
            assertTrue(err.next("phases: ").matches("phases: start and cache \\d+ ms, .*; \\d+ files made, \\d+ known unchanged"),
                    "--verbose says where each rebuild's time went: " + err.all);
            HttpResponse<String> article = get("/articles/live-reload-works/");
            assertEquals(200, article.statusCode());
            assertTrue(article.body().contains("Live Reload Works"));
            assertTrue(get("/").body().contains("Live Reload Works"), "the home page lists it");

            Files.writeString(seeds.resolve("004_broken.txt"), "");
            assertTrue(Long.parseLong(reload.next("reload").data()) > next);
            assertTrue(err.next("error: ").contains("004_broken.txt:1: the file is empty"), err.all.toString());
            for (String path : new String[] {"/", "/articles/live-reload-works/"}) {
                HttpResponse<String> error = get(path);
                assertEquals(500, error.statusCode());
                assertTrue(error.body().contains("004_broken.txt:1: the file is empty"), error.body());
                assertTrue(error.body().contains("/__chorus/reload"), "the error page recovers by itself");
            }

            Files.writeString(seeds.resolve("004_broken.txt"), "Fixed Title\n\nA paragraph, now.\n");
            reload.next("reload");
            out.next("Rebuilt in ");
            assertEquals(200, get("/").statusCode());
            assertEquals(200, get("/articles/fixed-title/").statusCode());
        }
        assertFalse(Files.readString(site.resolve("index.html")).contains("__chorus"));
    }

    @Test
    void editingATemplateOrTheConfigRebuildsToo() throws Exception {
        try (SseClient reload = SseClient.open(url.resolve("/__chorus/reload"))) {
            reload.next("build");
            Path config = project.resolve("chorus.yml");
            Files.writeString(config, Files.readString(config).replaceFirst("(?m)^title: .*$", "title: Retitled Digest"));
            reload.next("reload");
            assertTrue(get("/").body().contains("Retitled Digest"));

            Path css = project.resolve("templates/assets/chorus.css");
            Files.writeString(css, Files.readString(css) + "\n.live { color: red }\n");
            reload.next("reload");
            assertTrue(get("/assets/chorus.css").body().contains(".live { color: red }"));
        }
    }
}
