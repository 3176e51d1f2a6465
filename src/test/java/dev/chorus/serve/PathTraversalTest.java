package dev.chorus.serve;

import dev.chorus.site.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that try to leave {@code site/}, sent as raw bytes over a socket so that no client
 * tidies the path first. The file they aim at, {@code chorus.yml}, sits right beside the served
 * folder; {@code site/} also holds symbolic links out of itself, its 404 page among them. Every
 * attempt must get 400 or 404 and never a byte of the secret.
 */
class PathTraversalTest {
    private static final String SECRET = "SECRET-BESIDE-THE-SITE-7d3f";

    @TempDir
    static Path project;
    static Path secret;
    static Preview preview;

    @BeforeAll
    static void serve() throws IOException {
        secret = Files.writeString(project.resolve("chorus.yml"), "title: " + SECRET + "\n");
        Path site = Files.createDirectories(project.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>home</p></body></html>");
        Files.createDirectories(site.resolve("articles/a"));
        Files.writeString(site.resolve("articles/a/index.html"), "<!DOCTYPE html><html><body><p>a</p></body></html>");
        // links out of the site: to the file, to its folder, as a folder's index and as the 404 page
        Files.createSymbolicLink(site.resolve("secret.yml"), secret);
        Files.createSymbolicLink(site.resolve("outside"), project);
        Files.createDirectories(site.resolve("linked"));
        Files.createSymbolicLink(site.resolve("linked/index.html"), secret);
        Files.createSymbolicLink(site.resolve("404.html"), secret);
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Preview.Settings settings = new Preview.Settings("127.0.0.1", 0, site, List.of(seeds), List.of(),
                Duration.ofMillis(50), Duration.ofSeconds(15));
        preview = Preview.start(settings, (changed, writing) -> new Build.Result(0, 0, 0, 0, 0, 0, 0, 0, List.of(), java.util.Map.of()),
                new Listener() {
                    @Override
                    public void built(Build.Result result, Set<Path> changed, long millis) {
                    }

                    @Override
                    public void failed(RuntimeException error, Set<Path> changed, long millis) {
                    }
                });
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    /** Request targets as they go on the request line. */
    static Stream<String> attempts() {
        String port = String.valueOf(preview.address().getPort());
        return Stream.of(
                "/../chorus.yml",
                "/..%2fchorus.yml",
                "/..%2Fchorus.yml",
                "/%2e%2e/chorus.yml",
                "/%2E%2E/chorus.yml",
                "/%2e%2e%2fchorus.yml",
                "/.%2e/chorus.yml",
                "/%2e./chorus.yml",
                "/%252e%252e/chorus.yml",
                "/%252e%252e%252fchorus.yml",
                "/..\\chorus.yml",
                "/articles\\..\\..\\chorus.yml",
                "/%5c..%5cchorus.yml",
                "/articles/%5c..%5c..%5cchorus.yml",
                "//etc/passwd",
                "/etc/passwd",
                "/" + secret,
                secret.toString(),
                "../chorus.yml",
                "chorus.yml",
                "http://127.0.0.1:" + port + "/../chorus.yml",
                "http://127.0.0.1:" + port + "/%2e%2e/chorus.yml",
                "http://127.0.0.1:" + port + "//etc/passwd",
                "/%00",
                "/index.html%00.txt",
                "/%00/../chorus.yml",
                "/index.html\0.txt",
                "/articles/../../chorus.yml",
                "/articles/a/../../../chorus.yml",
                "/articles//../../chorus.yml",
                "/./../chorus.yml",
                "/..",
                "/..;/chorus.yml",
                "/%c0%ae%c0%ae/chorus.yml",
                "/%ef%bc%8e%ef%bc%8e/chorus.yml",
                "/secret.yml",
                "/outside/chorus.yml",
                "/outside/",
                "/outside",
                "/linked/",
                "/linked/index.html",
                "/no-such-page");
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void aRequestForAFileOutsideTheSiteGets400Or404AndNothingOfIt(String target) throws IOException {
        String response = raw("GET", target);
        String status = response.isEmpty() ? "(no response)" : response.substring(0, response.indexOf("\r\n"));
        System.out.println("traversal: " + status + "  GET " + target.replace("\0", "\\0"));
        assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + ": " + status);
        assertFalse(response.contains(SECRET), target + " leaked the file beside the site");
        assertFalse(response.contains("root:"), target + " leaked /etc/passwd");
        assertFalse(raw("HEAD", target).contains(SECRET), "HEAD " + target);
    }

    @Test
    void theSiteItselfIsServed() throws IOException {
        assertTrue(raw("GET", "/").startsWith("HTTP/1.1 200 "));
        assertTrue(raw("GET", "/articles/a/").startsWith("HTTP/1.1 200 "));
        // a link out of the site and back into it leads to a file of the site
        String back = raw("GET", "/outside/site/index.html");
        assertEquals("HTTP/1.1 200 OK", back.substring(0, back.indexOf("\r\n")));
    }

    /** Sends the request line exactly as given and reads the whole response. */
    private static String raw(String method, String target) throws IOException {
        try (Socket s = new Socket(preview.address().getAddress(), preview.address().getPort())) {
            s.setSoTimeout((int) SseClient.WAIT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
