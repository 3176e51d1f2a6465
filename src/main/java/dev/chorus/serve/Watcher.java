package dev.chorus.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees and single files, and hands over the changes in batches: one save in an
 * editor is often several events (write a temporary file, rename, change attributes), so a batch
 * ends only when nothing has happened for a quiet period. The batch is handed over on the
 * watching thread, so events that arrive during a build wait and make up the next batch.
 */
final class Watcher implements AutoCloseable {
    /** A stream of events with no pause still gets built this often. */
    private static final Duration LONGEST_BATCH = Duration.ofSeconds(2);
    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    /** A watched folder: all of it (a tree) or only some names in it (a single file's folder). */
    private record Watched(Path dir, boolean tree, Set<String> names) {
        boolean wants(Path name) {
            return tree || names.contains(name.toString());
        }
    }

    private final WatchService service;
    private final Map<WatchKey, Watched> keys = new HashMap<>();
    private final List<Path> ignored;
    private final Duration quiet;
    private final Consumer<Set<Path>> onBatch;
    private final Thread thread;

    /**
     * @param trees   folders watched with everything below them, new subfolders included
     * @param files   single files, such as chorus.yml
     * @param ignored paths whose changes do not count (the site folder, should it lie in a tree)
     */
    Watcher(List<Path> trees, List<Path> files, List<Path> ignored, Duration quiet, Consumer<Set<Path>> onBatch)
            throws IOException {
        this.ignored = ignored.stream().map(Watcher::absolute).toList();
        this.quiet = quiet;
        this.onBatch = onBatch;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path tree : trees) {
            registerTree(absolute(tree), null);
        }
        for (Path file : files) {
            Path f = absolute(file);
            if (f.getParent() != null && Files.isDirectory(f.getParent())) {
                registerFile(f);
            }
        }
        this.thread = new Thread(this::loop, "chorus-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> batch = new TreeSet<>();
                take(service.take(), batch);
                long last = System.nanoTime() + LONGEST_BATCH.toNanos();
                WatchKey next;
                while (System.nanoTime() < last && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    take(next, batch);
                }
                if (!batch.isEmpty()) {
                    onBatch.accept(Collections.unmodifiableSet(batch));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() ends the loop
        }
    }

    private void take(WatchKey key, Set<Path> batch) {
        Watched w = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (w == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: the folder as a whole changed, and may have new subfolders
                batch.add(w.dir());
                if (w.tree()) {
                    registerTree(w.dir(), batch);
                }
                continue;
            }
            Path name = (Path) event.context();
            if (!w.wants(name) || isEditorScratch(name.toString())) {
                continue;
            }
            Path changed = w.dir().resolve(name);
            if (ignored.stream().anyMatch(changed::startsWith)) {
                continue;
            }
            if (w.tree() && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                // a new folder counts by the files in it, which may have landed before it was watched
                registerTree(changed, batch);
            } else {
                batch.add(changed);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** Backup and swap files of editors (vim, emacs): saving the real file follows anyway. */
    private static boolean isEditorScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.equals("4913");
    }

    /**
     * Watches a folder, then lists it, then does the same for each subfolder: a file created
     * before its folder is watched is in the listing, one created after raises an event.
     */
    private void registerTree(Path dir, Set<Path> found) {
        if (ignored.stream().anyMatch(dir::startsWith) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (keys.values().stream().noneMatch(w -> w.dir().equals(dir) && w.tree())) {
            try {
                keys.put(register(dir), new Watched(dir, true, Set.of()));
            } catch (IOException e) {
                // gone already; its parent's events tell the rest
                return;
            }
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(child, found);
            } else if (found != null && ignored.stream().noneMatch(child::startsWith)) {
                found.add(child);
            }
        }
    }

    private void registerFile(Path file) throws IOException {
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        for (Map.Entry<WatchKey, Watched> e : keys.entrySet()) {
            Watched w = e.getValue();
            if (w.dir().equals(dir)) {
                if (!w.tree()) {
                    Set<String> names = new java.util.HashSet<>(w.names());
                    names.add(name);
                    e.setValue(new Watched(dir, false, Set.copyOf(names)));
                }
                return;
            }
        }
        keys.put(register(dir), new Watched(dir, false, Set.of(name)));
    }

    private WatchKey register(Path dir) throws IOException {
        // macOS has no native watch service in the JDK: it polls, every 10 s unless asked for
        // HIGH sensitivity (2 s). Linux and Windows are notified by the system and ignore this.
        return dir.register(service, KINDS, com.sun.nio.file.SensitivityWatchEventModifier.HIGH);
    }

    /**
     * Stops watching. A build in progress is left to finish, never interrupted: it may be in the
     * middle of swapping the site folder.
     */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
