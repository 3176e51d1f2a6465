package dev.chorus.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reload channel: Server-Sent Events to every open page. A client gets {@code event: build}
 * with the current build number when it connects and {@code event: reload} with the new number
 * after every build. Connections are held without a thread each; a client that went away is
 * dropped at the next write, and a comment every little while makes that write happen.
 */
final class ReloadHub implements AutoCloseable {
    private final List<OutputStream> clients = new ArrayList<>();
    private final ScheduledExecutorService keepAlive;
    private long build;
    private boolean closed;

    ReloadHub(long firstBuild, Duration keepAliveEvery) {
        this.build = firstBuild;
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chorus-reload-keepalive");
            t.setDaemon(true);
            return t;
        });
        long ms = keepAliveEvery.toMillis();
        keepAlive.scheduleWithFixedDelay(() -> sendToAll(": keep-alive\n\n"), ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Takes over the exchange: it stays open after the handler returns, until the client leaves. */
    synchronized void connect(HttpExchange ex) throws IOException {
        if (closed) {
            ex.sendResponseHeaders(503, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        // retry: how soon the browser reconnects when the server restarts
        if (send(out, "retry: 500\nevent: build\ndata: " + build + "\n\n")) {
            clients.add(out);
        }
    }

    /** Tells every page that build {@code number} is ready. */
    synchronized void reload(long number) {
        build = number;
        sendToAll("event: reload\ndata: " + number + "\n\n");
    }

    synchronized int clients() {
        return clients.size();
    }

    private synchronized void sendToAll(String event) {
        clients.removeIf(out -> !send(out, event));
    }

    /** False when the client has gone; its stream is then closed. */
    private static boolean send(OutputStream out, String event) {
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException gone) {
            closeQuietly(out);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        keepAlive.shutdownNow();
        clients.forEach(ReloadHub::closeQuietly);
        clients.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException alreadyGone) {
            // nothing left to tell this client
        }
    }
}
