package dev.chorus.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A built site served under a sub-path by the JDK's HTTP server on 127.0.0.1, as GitHub Pages
 * serves a project site: folders get their index.html, anything else missing gets the site's
 * 404.html with status 404.
 */
final class SubPathServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml",
            "json", "application/json", "txt", "text/plain");

    private final HttpServer server;
    private final String prefix;
    private final Consumer<String> onMissing;
    private volatile Path site;

    /**
     * @param prefix    the sub-path, such as "/repo/"
     * @param onMissing told the path of every request answered with 404
     */
    SubPathServer(String prefix, Consumer<String> onMissing) throws IOException {
        this.prefix = prefix;
        this.onMissing = onMissing;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** "http://127.0.0.1:port", to build the site's base URL from before it is served. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serve(Path builtSite) {
        this.site = builtSite;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(prefix)) {
                String rel = path.substring(prefix.length());
                Path p = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                if (p.startsWith(site) && Files.isRegularFile(p)) {
                    file = p;
                }
            }
            int status = 200;
            if (file == null) {
                status = 404;
                file = site.resolve("404.html");
                onMissing.accept(path);
            }
            String name = file.getFileName().toString();
            String type = name.equals("CNAME") ? "text/plain"
                    : TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
