package dev.chorus.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Listens on a Server-Sent Events stream, as a browser's EventSource does, for tests. */
public final class SseClient implements AutoCloseable {
    /** Every wait for the server is bounded by this. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    public record Event(String name, String data) {
    }

    private record Comment(String text) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final InputStream body;

    private SseClient(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient open(URI uri) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(WAIT).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(WAIT).GET().build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            r.body().close();
            throw new AssertionError("not an event stream: " + r.statusCode() + " " + r.headers().map());
        }
        return new SseClient(r.body());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        received.add(new Event(event, data.toString()));
                    }
                    event = "message";
                    data = null;
                } else if (line.startsWith(":")) {
                    received.add(new Comment(line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // the test closed the stream, or the server went away
        } finally {
            received.add(END);
        }
    }

    /** The next event called {@code name}, skipping others and comments; fails after {@link #WAIT}. */
    public Event next(String name) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Object o = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (o == null || o == END) {
                throw new AssertionError(o == null ? "no '" + name + "' event within " + WAIT : "stream ended");
            }
            if (o instanceof Event e && e.name().equals(name)) {
                return e;
            }
        }
    }

    /** Waits for a comment line such as the keep-alive. */
    public String nextComment() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Object o = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (o == null || o == END) {
                throw new AssertionError(o == null ? "no comment within " + WAIT : "stream ended");
            }
            if (o instanceof Comment c) {
                return c.text();
            }
        }
    }

    /** True when the server ends the stream within {@link #WAIT}. */
    public boolean ends() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Object o = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (o == null) {
                return false;
            }
            if (o == END) {
                return true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
