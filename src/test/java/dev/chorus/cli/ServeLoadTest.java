package dev.chorus.cli;

import dev.chorus.serve.SseClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@code chorus serve} under load: wrk holds 200 keep-alive connections for 10 seconds against
 * pages of the seed site while an article is edited again and again, so that real rebuilds
 * write the files being served. Every request must succeed. The figures are printed, for the
 * README; they depend on the machine and on what else it is doing, so they are not asserted.
 *
 * <p>Needs {@code wrk} (Debian's package; {@code .ci/run} installs it); without it the test fails.
 * {@code -Dchorus.wrk=PATH} points at another binary, {@code -Dchorus.skipLoad=true} skips it.
 */
class ServeLoadTest {
    private static final Pattern URL = Pattern.compile("Serving .+ at (http://\\S+/) \\(Ctrl-C to stop\\)");
    private static final int CONNECTIONS = 200;
    private static final int SECONDS = 10;
    /** The article edited during the run, and pages that exist before and after every edit. */
    private static final String EDITED = "002_d1900e6fc08ff341.txt";
    private static final List<String> PATHS = List.of("/", "/articles/",
            "/articles/the-desperate-truth-behind-hollywoods-ai-rush/", "/speakers/sylvester-stallone/",
            "/themes/soul-of-cinema/", "/assets/chorus.css", "/feed.xml", "/search/index.js", "/articles");
    /** What wrk's script prints when it is done: its own counts, in microseconds. */
    private static final Pattern SUMMARY = Pattern.compile("chorus-load:((?: \\w+=\\d+)+)");

    @TempDir
    static Path project;
    static Path seeds;
    static final ServeTest.Lines out = new ServeTest.Lines();
    static final ServeTest.Lines err = new ServeTest.Lines();
    static final AtomicInteger exitCode = new AtomicInteger(-1);
    static Thread server;
    static URI url;

    @BeforeAll
    static void serveACopyOfTheProject() throws Exception {
        assumeFalse(Boolean.getBoolean("chorus.skipLoad"), "load test skipped by -Dchorus.skipLoad=true");
        seeds = ServeTest.copy(Path.of("seeds"), project.resolve("seeds"));
        ServeTest.copy(Path.of("templates"), project.resolve("templates"));
        Files.copy(Path.of("chorus.yml"), project.resolve("chorus.yml"));
        String[] args = {"serve", "--port", "0", "--source", seeds.toString(), "--out",
                project.resolve("site").toString(), "--templates", project.resolve("templates").toString(),
                "--config", project.resolve("chorus.yml").toString()};
        server = new Thread(() -> exitCode.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
        server.start();
        Matcher m = URL.matcher(out.next("Serving "));
        assertTrue(m.matches(), out.all.toString());
        url = URI.create(m.group(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server == null) {
            return;
        }
        server.interrupt();
        server.join(SseClient.WAIT.toMillis());
        assertFalse(server.isAlive(), "serve did not stop");
        assertEquals(0, exitCode.get(), err.all.toString());
    }

    /** wrk from -Dchorus.wrk or the PATH. */
    private static Path wrk() {
        String given = System.getProperty("chorus.wrk");
        if (given != null) {
            return Path.of(given);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "wrk"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("the load test needs wrk: apt-get install wrk (or point -Dchorus.wrk=PATH at it, "
                        + "or skip it with -Dchorus.skipLoad=true)"));
    }

    /** Sends the paths in turn on every connection and prints wrk's own counts at the end. */
    private static String script() {
        String paths = PATHS.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        return "local paths = {" + paths + "}\n"
                + "local prepared = {}\n"
                + "local n = 0\n"
                + "init = function(args)\n"
                + "  for i, p in ipairs(paths) do prepared[i] = wrk.format(\"GET\", p) end\n"
                + "end\n"
                + "request = function()\n"
                + "  n = n + 1\n"
                + "  return prepared[(n % #prepared) + 1]\n"
                + "end\n"
                + "done = function(summary, latency, requests)\n"
                + "  local e = summary.errors\n"
                + "  io.write(string.format(\"chorus-load: requests=%d micros=%d connect=%d read=%d write=%d"
                + " timeout=%d status=%d p50=%d p99=%d max=%d\\n\",\n"
                + "    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,\n"
                + "    latency:percentile(50), latency:percentile(99), latency.max))\n"
                + "end\n";
    }

    @Test
    void twoHundredKeepAliveConnectionsAreAllServedWhileRebuildsWriteTheSite() throws Exception {
        Path wrk = wrk();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : PATHS) {
            int status = http.send(HttpRequest.newBuilder(url.resolve(path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(path.equals("/articles") ? 301 : 200, status, path + " is in the seed site");
        }
        Path script = Files.writeString(project.resolve("paths.lua"), script());
        Path report = project.resolve("wrk.txt");
        Process load = new ProcessBuilder(wrk.toString(), "-t2", "-c" + CONNECTIONS, "-d" + SECONDS + "s",
                "--latency", "-s", script.toString(), url.toString())
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();

        // edit the article again as soon as each rebuild is done, for as long as wrk runs
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger rebuilds = new AtomicInteger();
        AtomicReference<Throwable> editError = new AtomicReference<>();
        Thread editor = new Thread(() -> {
            try {
                Thread.sleep(500);
                for (int i = 1; loading.get(); i++) {
                    Files.writeString(seeds.resolve(EDITED), "\n\nA paragraph added under load, number " + i + ".\n",
                            StandardOpenOption.APPEND);
                    out.next("Rebuilt in ");
                    if (loading.get()) {
                        rebuilds.incrementAndGet();
                    }
                    Thread.sleep(200);
                }
            } catch (Throwable e) {
                editError.set(e);
            }
        }, "load-test-editor");
        editor.start();
        boolean finished = load.waitFor(SECONDS + 50, TimeUnit.SECONDS);
        loading.set(false);
        editor.join(SseClient.WAIT.toMillis() * 2);
        if (!finished) {
            load.destroyForcibly();
            fail("wrk did not finish:\n" + Files.readString(report));
        }
        String output = Files.readString(report);
        System.out.println("serve load test, wrk output:\n" + output);
        assertEquals(0, load.exitValue(), output);
        assertNull(editError.get(), () -> "editing during the load failed: " + editError.get() + "\n" + err.all);

        Matcher m = SUMMARY.matcher(output);
        assertTrue(m.find(), "no summary from the wrk script:\n" + output);
        Map<String, Long> counts = new TreeMap<>();
        for (String pair : m.group(1).trim().split(" ")) {
            String[] kv = pair.split("=");
            counts.put(kv[0], Long.parseLong(kv[1]));
        }
        double perSecond = counts.get("requests") * 1e6 / counts.get("micros");
        System.out.printf("serve under load: %d connections, %d s, %d rebuilds: %d requests, %.0f requests/s, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; errors: connect %d, read %d, write %d, timeout %d, "
                        + "status %d%n", CONNECTIONS, SECONDS, rebuilds.get(), counts.get("requests"), perSecond,
                counts.get("p50") / 1e3, counts.get("p99") / 1e3, counts.get("max") / 1e3, counts.get("connect"),
                counts.get("read"), counts.get("write"), counts.get("timeout"), counts.get("status"));

        assertTrue(counts.get("requests") > 0, output);
        for (String error : List.of("connect", "read", "write", "timeout")) {
            assertEquals(0, counts.get(error), error + " errors:\n" + output);
        }
        assertEquals(0, counts.get("status"), "responses with status 400 or more:\n" + output);
        assertFalse(output.contains("Non-2xx"), output);
        assertTrue(rebuilds.get() >= 3, "only " + rebuilds.get() + " rebuilds finished during the load:\n" + out.all);
        Optional<String> failed = err.all.toString().lines().filter(l -> l.startsWith("error:")).findFirst();
        assertTrue(failed.isEmpty(), failed.orElse(""));

        String article = http.send(HttpRequest.newBuilder(url.resolve(PATHS.get(2))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(article.contains("A paragraph added under load"), "the last edit is served");
    }
}
