package dev.chorus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Serves the site folder as a static web server would, plus the reload script in every HTML
 * response and the error page while the last build failed. Files are looked up afresh on every
 * request, because builds replace files, and a build without a cache the whole folder.
 */
final class SiteHandler implements HttpHandler {
    /** A request waits at most this long for a build's writes before it is served anyway. */
    private static final long BUILD_WAIT_SECONDS = 30;
    /**
     * A build this server did not run (./chorus build in another terminal) may swap the folder
     * at any moment; the two renames of a swap take microseconds, but on a busy machine the
     * moment between them can stretch, so lookups are retried for up to a second. Only a
     * missing or moved site folder is retried: a missing page is a 404 at once.
     */
    private static final int LOOKUPS = 50;
    private static final long SWAP_PAUSE_MILLIS = 20;

    private final Path site;
    private final Supplier<BuildState> state;
    private final Lock building;

    /**
     * @param building held by the build while it writes; requests take it shared, so they never
     *                 see a half-replaced site
     */
    SiteHandler(Path site, Supplier<BuildState> state, Lock building) {
        this.site = site.toAbsolutePath().normalize();
        this.state = state;
        this.building = building;
    }

    /** What to send back, worked out in full before a byte is written. */
    private record Response(int status, String type, byte[] body, Map<String, String> headers) {
        static Response text(int status, String message) {
            return new Response(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8),
                    Map.of("Cache-Control", "no-store"));
        }
    }

    /** The site folder was swapped while a request was being looked up. */
    private static final class SiteMoved extends Exception {
        SiteMoved() {
            super(null, null, false, false);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, Response.text(405, "Method not allowed: the preview server answers GET and HEAD"), false);
                return;
            }
            Optional<String> rel = RequestPath.relative(ex.getRequestURI());
            if (rel.isEmpty()) {
                send(ex, Response.text(400, "Bad request: that path leaves the site or is not a plain path"), head);
                return;
            }
            send(ex, respondWhenBuilt(ex, rel.get()), head);
        }
    }

    private Response respondWhenBuilt(HttpExchange ex, String rel) {
        boolean locked = false;
        try {
            locked = building.tryLock(BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
            return respond(ex, rel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.text(503, "The server is stopping");
        } finally {
            if (locked) {
                building.unlock();
            }
        }
    }

    /** Looks the file up, and again when the folder was being swapped at that moment. */
    private Response respond(HttpExchange ex, String rel) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return lookUp(ex, rel, state.get());
            } catch (NoSuchFileException | SiteMoved e) {
                if (attempt == LOOKUPS) {
                    // a first build that failed may have left no site at all
                    BuildState st = state.get();
                    return st.failed() ? errorPage(st) : Response.text(404, "Not found: there is no site folder at " + site);
                }
                Thread.sleep(SWAP_PAUSE_MILLIS);
            } catch (IOException e) {
                return Response.text(500, "Cannot read the site folder: " + e.getMessage());
            }
        }
    }

    private Response lookUp(HttpExchange ex, String rel, BuildState st) throws IOException, SiteMoved {
        Path root = site.toRealPath();
        Object identity = identity(root);
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root)) {
            return notFound(root, identity, st);
        }
        if (Files.isDirectory(target)) {
            if (!inside(root, target)) {
                // a symbolic link to a folder outside the site is not there, not even as a redirect
                return notFound(root, identity, st);
            }
            if (!rel.isEmpty() && !rel.endsWith("/")) {
                String query = ex.getRequestURI().getRawQuery();
                return new Response(301, "text/plain; charset=utf-8", new byte[0], Map.of(
                        "Location", ex.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query)));
            }
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return notFound(root, identity, st);
        }
        Path real = target.toRealPath();
        if (!real.startsWith(root)) {
            // a symbolic link out of the site
            return notFound(root, identity, st);
        }
        String type = MimeTypes.of(real.getFileName().toString());
        boolean html = MimeTypes.isHtml(type);
        if (html && st.failed()) {
            return errorPage(st);
        }
        byte[] body = Files.readAllBytes(real);
        long modified = Files.getLastModifiedTime(real).toMillis();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-cache");
        // the reload script names the build, so an HTML response changes with every build
        headers.put("ETag", "\"" + hash(body) + (html ? "-" + st.number() : "") + "\"");
        headers.put("Last-Modified", httpDate(html ? Math.max(modified, st.finishedAt()) : modified));
        if (notModified(ex, headers)) {
            return new Response(304, null, new byte[0], headers);
        }
        return new Response(200, type, html ? LiveReload.inject(body, st.number()) : body, headers);
    }

    private Response notFound(Path root, Object identity, BuildState st) throws IOException, SiteMoved {
        if (!Objects.equals(identity, identity(root))) {
            throw new SiteMoved();
        }
        if (st.failed()) {
            return errorPage(st);
        }
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page) && inside(root, page)) {
            byte[] body = LiveReload.inject(Files.readAllBytes(page), st.number());
            return new Response(404, MimeTypes.HTML, body, Map.of("Cache-Control", "no-store"));
        }
        return Response.text(404, "Not found");
    }

    /** Whether an existing path, with every symbolic link on the way followed, is in the site. */
    private static boolean inside(Path root, Path existing) throws IOException {
        return existing.toRealPath().startsWith(root);
    }

    private static Response errorPage(BuildState st) {
        return new Response(500, MimeTypes.HTML, LiveReload.errorPage(st.error(), st.number()),
                Map.of("Cache-Control", "no-store"));
    }

    /** The folder's identity on disk, which changes when a build swaps in a new one. */
    private static Object identity(Path root) throws IOException {
        BasicFileAttributes a = Files.readAttributes(root, BasicFileAttributes.class);
        Object key = a.fileKey();
        return key != null ? key : a.creationTime();
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 asks. */
    private static boolean notModified(HttpExchange ex, Map<String, String> headers) {
        String match = ex.getRequestHeaders().getFirst("If-None-Match");
        if (match != null) {
            String etag = headers.get("ETag");
            for (String candidate : match.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
        if (since == null) {
            return false;
        }
        try {
            long sinceSeconds = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            long modifiedSeconds = ZonedDateTime.parse(headers.get("Last-Modified"),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            return modifiedSeconds <= sinceSeconds;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String httpDate(long millis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, Response r, boolean head) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (r.status() == 304) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        if (r.type() != null) {
            ex.getResponseHeaders().set("Content-Type", r.type());
        }
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(r.body().length));
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }
}
