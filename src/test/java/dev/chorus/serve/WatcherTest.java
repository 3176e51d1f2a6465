package dev.chorus.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatcherTest {
    /** Longer than the quiet period plus scheduling noise: no batch by then means none. */
    private static final long NOTHING_MILLIS = 450;

    @TempDir
    Path project;
    final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    Watcher watcher;

    void watch(List<Path> trees, List<Path> files, List<Path> ignored) throws IOException {
        watcher = new Watcher(trees, files, ignored, Duration.ofMillis(150), batches::add);
        watcher.start();
    }

    Set<Path> nextBatch() throws InterruptedException {
        Set<Path> b = batches.poll(SseClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(b, "no batch within " + SseClient.WAIT);
        return b;
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void anEditorsSaveIsOneBatch() throws Exception {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        watch(List.of(seeds), List.of(), List.of());
        Path file = seeds.resolve("001_a.md");
        // write a temporary file, move it over the article, touch it: the way many editors save
        Files.writeString(seeds.resolve("001_a.md.tmp"), "one");
        Files.move(seeds.resolve("001_a.md.tmp"), file, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(file, "two");
        Files.writeString(seeds.resolve("001_a.md~"), "backup");
        Set<Path> batch = nextBatch();
        assertTrue(batch.contains(file), batch.toString());
        assertTrue(batch.stream().noneMatch(p -> p.toString().endsWith("~")), batch.toString());
        assertNull(batches.poll(NOTHING_MILLIS, TimeUnit.MILLISECONDS), "one save, one batch");
    }

    @Test
    void newSubfoldersAreWatchedToo() throws Exception {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        watch(List.of(seeds), List.of(), List.of());
        Path deep = Files.createDirectories(seeds.resolve("2025/march"));
        Path file = deep.resolve("001_a.txt");
        Files.writeString(file, "Title\n\nBody.");
        Set<Path> seen = nextBatch();
        if (!seen.contains(file)) {
            // the folder and the file came in two batches
            seen = nextBatch();
        }
        assertTrue(seen.contains(file), seen.toString());
        Files.writeString(file, "Title\n\nBody, edited.");
        assertEquals(Set.of(file), nextBatch());
    }

    @Test
    void aFolderMovedInCountsByItsFiles() throws Exception {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Path outside = Files.createDirectories(project.resolve("elsewhere/batch"));
        Files.writeString(outside.resolve("001_a.txt"), "A\n\nBody.");
        watch(List.of(seeds), List.of(), List.of());
        Files.move(outside, seeds.resolve("batch"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(nextBatch().contains(seeds.resolve("batch/001_a.txt")));
        Files.writeString(seeds.resolve("batch/001_a.txt"), "A\n\nBody, edited.");
        assertEquals(Set.of(seeds.resolve("batch/001_a.txt")), nextBatch());
    }

    @Test
    void aSingleFileIsWatchedWithoutItsNeighbours() throws Exception {
        Path config = Files.writeString(project.resolve("chorus.yml"), "title: A");
        watch(List.of(), List.of(config), List.of());
        Files.writeString(project.resolve("notes.txt"), "not watched");
        assertNull(batches.poll(NOTHING_MILLIS, TimeUnit.MILLISECONDS));
        Files.writeString(config, "title: B");
        assertEquals(Set.of(config), nextBatch());
    }

    @Test
    void theOutputFolderInsideAWatchedTreeIsIgnored() throws Exception {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        Path site = Files.createDirectories(seeds.resolve("site"));
        watch(List.of(seeds), List.of(), List.of(site, seeds.resolve(".site.staging")));
        Files.writeString(site.resolve("index.html"), "built");
        Files.createDirectories(seeds.resolve(".site.staging/articles"));
        assertNull(batches.poll(NOTHING_MILLIS, TimeUnit.MILLISECONDS));
        Files.writeString(seeds.resolve("001_a.txt"), "A\n\nBody.");
        assertEquals(Set.of(seeds.resolve("001_a.txt")), nextBatch());
    }
}
