package dev.chorus.serve;

import com.sun.net.httpserver.HttpServer;
import dev.chorus.model.ChorusException;
import dev.chorus.model.UsageException;
import dev.chorus.site.Build;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The preview server: builds the site, serves the output folder over HTTP, watches the inputs,
 * rebuilds after every batch of changes and tells every open page to reload.
 */
public final class Preview implements AutoCloseable {
    /**
     * Requests served at once; more wait in the queue. Serving a file is CPU work: 32 threads
     * served 200 connections no faster than 8 on two cores.
     */
    private static final int THREADS = 8;
    /**
     * Connections the system may hold for the server before it accepts them. The JDK server
     * accepts one per turn of its loop, and by default the queue holds 50: a page load from
     * many tabs, or a load test, would have its connections dropped and retried a second later.
     */
    private static final int BACKLOG = 1024;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String MAX_IDLE = "sun.net.httpserver.maxIdleConnections";
    /**
     * Keep-alive connections the JDK server keeps between requests. Past its default of 200 it
     * closes a connection as soon as a response is sent, and a client that has just sent its next
     * request on it gets an error: with 200 connections and a browser tab, now and then; with 150
     * allowed, 101 of 47,000 requests in 10 s failed. An idle connection still closes after 30 s.
     */
    private static final int IDLE_CONNECTIONS = 1000;

    /**
     * @param host    the address to listen on; 127.0.0.1 keeps the preview on this machine
     * @param port    0 picks a free port; {@link #address()} tells which
     * @param site    the output folder the builds write and the server serves
     * @param trees   folders to watch with everything in them (seeds/, templates/)
     * @param files   single files to watch (chorus.yml)
     * @param quiet   how long after the last file event a batch is built
     * @param keepAlive how often an idle reload channel gets a comment, to notice closed tabs
     */
    public record Settings(String host, int port, Path site, List<Path> trees, List<Path> files, Duration quiet,
                           Duration keepAlive) {
        public Settings {
            trees = List.copyOf(trees);
            files = List.copyOf(files);
        }

        /** The defaults of {@code chorus serve}: batches end 100 ms after the last event. */
        public Settings(String host, int port, Path site, List<Path> trees, List<Path> files) {
            this(host, port, site, trees, files, Duration.ofMillis(100), Duration.ofSeconds(15));
        }
    }

    private final Rebuild rebuild;
    private final Listener listener;
    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final ReloadHub hub;
    private final Watcher watcher;
    private final ReadWriteLock building = new ReentrantReadWriteLock();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile BuildState state = new BuildState(0, null, 0);

    private Preview(Settings settings, Rebuild rebuild, Listener listener) throws IOException {
        this.rebuild = rebuild;
        this.listener = listener;
        this.server = bind(settings.host(), settings.port());
        AtomicInteger n = new AtomicInteger();
        // The queue is not bounded, and needs no bound: the JDK server hands a connection's next
        // request over only after its response was sent, so it never holds more than one request
        // per open connection. A bound would need a policy for a full queue, and both of the
        // JDK's are wrong here: dropping closes a connection, and running the request on the
        // caller stops the server's one accepting thread until the request is done.
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "chorus-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.hub = new ReloadHub(0, settings.keepAlive());
        Path site = settings.site().toAbsolutePath().normalize();
        String name = site.getFileName().toString();
        // the build's staging and previous folders sit beside the output folder
        List<Path> ignored = List.of(site, site.resolveSibling("." + name + ".staging"),
                site.resolveSibling("." + name + ".previous"));
        try {
            this.watcher = new Watcher(settings.trees(), settings.files(), ignored, settings.quiet(), this::rebuild);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            hub.close();
            pool.shutdownNow();
            throw e;
        }
        server.setExecutor(pool);
        server.createContext("/", new SiteHandler(site, () -> state, building.readLock()));
        server.createContext(LiveReload.PATH, ex -> {
            if (!ex.getRequestURI().getPath().equals(LiveReload.PATH) || !ex.getRequestMethod().equals("GET")) {
                ex.sendResponseHeaders(ex.getRequestMethod().equals("GET") ? 404 : 405, -1);
                ex.close();
                return;
            }
            hub.connect(ex);
        });
    }

    /**
     * Starts watching, runs the first build, then starts serving. A failed first build is served
     * as the error page like any other; only a usage error (a bad option) stops the start.
     *
     * @throws UsageException when the address is taken or an option is wrong
     */
    public static Preview start(Settings settings, Rebuild rebuild, Listener listener) throws IOException {
        Preview p = new Preview(settings, rebuild, listener);
        try {
            p.rebuild(Set.of());
        } catch (UsageException e) {
            p.close();
            throw e;
        }
        p.server.start();
        p.watcher.start();
        return p;
    }

    private static HttpServer bind(String host, int port) throws IOException {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY a
        // browser's reused connection then waits for a delayed ACK, some 40 ms, on every file.
        // The JDK reads these once, when its first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        if (System.getProperty(MAX_IDLE) == null) {
            System.setProperty(MAX_IDLE, Integer.toString(IDLE_CONNECTIONS));
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UsageException("--host " + host + ": no such host name; leave --host out to "
                    + "serve on 127.0.0.1, or use 0.0.0.0 for every network");
        }
        try {
            return HttpServer.create(address, BACKLOG);
        } catch (BindException e) {
            throw new UsageException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server running there? Choose another port with --port");
        }
    }

    /**
     * Builds, then tells the pages. Requests are served from the last site while the build
     * works, and wait only while it writes. Called by one thread at a time.
     */
    void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        Build.Result result = null;
        RuntimeException error = null;
        try {
            result = rebuild.run(changed, building.writeLock());
        } catch (UsageException e) {
            if (state.number() == 0) {
                throw e;
            }
            error = e;
        } catch (RuntimeException e) {
            error = e;
        } finally {
            String message = error == null ? null : error instanceof ChorusException ce ? ce.describe()
                    : "internal error: " + error;
            state = new BuildState(state.number() + 1, message, System.currentTimeMillis());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        hub.reload(state.number());
        if (error == null) {
            listener.built(result, changed, millis);
        } else {
            listener.failed(error, changed, millis);
        }
    }

    /** The address the server listens on, with the port it got. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The home page, e.g. http://127.0.0.1:4000/. */
    public URI url() {
        InetSocketAddress a = address();
        String host = a.getHostString().contains(":") ? "[" + a.getHostString() + "]" : a.getHostString();
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Waits until {@link #close()} has run; the command line's Ctrl-C hook calls it. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    long buildNumber() {
        return state.number();
    }

    int reloadClients() {
        return hub.clients();
    }

    /** Stops watching (after a build in progress), closes the reload channels, stops serving. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        synchronized (this) {
            if (closed.getCount() == 0) {
                return;
            }
            watcher.close();
            hub.close();
            server.stop(0);
            pool.shutdownNow();
            closed.countDown();
        }
    }
}
