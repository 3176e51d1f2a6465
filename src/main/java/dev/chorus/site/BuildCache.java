package dev.chorus.site;

import dev.chorus.extract.Extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the last build knew, kept beside the output in {@code .chorus/<output folder>/}: each
 * source's extraction by content hash, and each page's fingerprint and the keys it read. A cache written by other Chorus code, or one that cannot be read, is ignored.
 */
final class BuildCache {
    private static final String FORMAT = "chorus-cache-7";

    /** One source file: its content hash, the extraction settings used, and what came out. */
    record SourceEntry(String contentHash, String settings, Extraction extraction) {
    }

    /** One output file: how it was made, from what. */
    record PageRecord(String fingerprint, List<String> keys) {
    }

    /**
     * What a build leaves the next about related articles, so that a rebuild ranks again only
     * the articles whose lists can have changed (at 10,000 articles, ranking them all was a
     * tenth of adding one).
     *
     * @param settings the settings the articles were ranked under
     * @param articles by slug: each article's hash and ties ({@link dev.chorus.index.Digest#ties})
     * @param versions each {@code rel:} key's version
     */
    record Ranked(String settings, Map<String, Mark> articles, Map<String, String> versions) {
        static final Ranked NONE = new Ranked("", Map.of(), Map.of());
    }

    record Mark(String hash, List<String> ties) {
    }

    record State(String format, String code, Map<String, SourceEntry> sources, Map<String, PageRecord> pages,
                 Ranked ranked) {

        static State empty(String code) {
            return new State(FORMAT, code, Map.of(), Map.of(), Ranked.NONE);
        }
    }

    /** Sources are kept in this many files, so an update rewrites the few whose entries changed. */
    static final int SHARDS = 16;

    private final Path dir;

    /** The cache of the site written to {@code out}. */
    BuildCache(Path out) {
        Path o = out.toAbsolutePath().normalize();
        this.dir = o.getParent().resolve(".chorus").resolve(o.getFileName().toString());
    }

    /** The file of the page records; the sources' files are beside it. */
    Path file() {
        return dir.resolve("cache.bin");
    }

    private Path shard(int i) {
        return dir.resolve(String.format("sources-%02d.bin", i));
    }

    static int shardOf(String source) {
        return Math.floorMod(source.hashCode(), SHARDS);
    }

    /** What the last build knew; an empty state when any part is missing, unreadable or from other code. */
    @SuppressWarnings("unchecked")
    State load(String code) {
        List<Integer> parts = new java.util.ArrayList<>();
        for (int i = -1; i < SHARDS; i++) {
            parts.add(i);
        }
        // read in parallel: on a large digest this is most of what an incremental build waits for
        List<Object> read = parts.parallelStream().<Object>map(i -> {
            // an unreadable part only costs a full build
            byte[] all = ObjectFiles.readWithHeader(i < 0 ? file() : shard(i), header(code));
            int from = header(code).length;
            try {
                return all == null ? null : i < 0 ? CacheCodec.pages(all, from) : CacheCodec.sources(all, from);
            } catch (RuntimeException e) {
                return null;
            }
        }).toList();
        if (read.stream().anyMatch(java.util.Objects::isNull)) {
            return State.empty(code);
        }
        Map<String, SourceEntry> sources = new HashMap<>();
        for (Object o : read.subList(1, read.size())) {
            sources.putAll((Map<String, SourceEntry>) o);
        }
        CacheCodec.Pages pages = (CacheCodec.Pages) read.get(0);
        return new State(FORMAT, code, sources, pages.pages(), pages.ranked());
    }

    private static byte[] header(String code) {
        return (FORMAT + "\n" + code + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Saves a build's state. A sources file whose entries are the very ones loaded from it is
     * not written again; the page records always are.
     */
    void save(State state, State previous) {
        List<Map<String, SourceEntry>> now = split(state.sources());
        List<Map<String, SourceEntry>> before = split(previous.sources());
        boolean sameCode = state.code().equals(previous.code()) && !previous.sources().isEmpty();
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            if (!sameCode || !sameEntries(now.get(i), before.get(i)) || !Files.isRegularFile(shard(i))) {
                changed.add(i);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.parallelStream().forEach(i -> write(shard(i), state.code(), CacheCodec.sources(now.get(i))));
        write(file(), state.code(), CacheCodec.pages(state.pages(), state.ranked()));
    }

    private static List<Map<String, SourceEntry>> split(Map<String, SourceEntry> sources) {
        List<Map<String, SourceEntry>> shards = new java.util.ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        sources.forEach((k, v) -> shards.get(shardOf(k)).put(k, v));
        return shards;
    }

    /** The same keys with the same objects: nothing among them was extracted again. */
    static boolean sameEntries(Map<String, SourceEntry> a, Map<String, SourceEntry> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, SourceEntry> e : a.entrySet()) {
            if (e.getValue() != b.get(e.getKey())) {
                return false;
            }
        }
        return true;
    }

    /** Writes a part, its header first, so a reader never sees half of it. */
    private static void write(Path p, String code, byte[] content) {
        try {
            ObjectFiles.writeBytes(p, header(code), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hash of Chorus's own code, so that a new version, or a changed class while developing,
     * never reuses what older code extracted or rendered.
     */
    static String codeFingerprint() {
        Versions.Hasher h = new Versions.Hasher();
        try {
            Path where = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> walk = Files.walk(where)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        h.add(where.relativize(p).toString()).add(Versions.sourceHash(Files.readAllBytes(p)));
                    }
                }
            } else {
                // checksums, not SHA-256 over the whole jar: they run as native code from the
                // first build on, when SHA-256 is still interpreted (40 ms of every build)
                h.add(Versions.sourceHash(Files.readAllBytes(where)));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            h.add("unknown code " + System.nanoTime());
        }
        return h.hex();
    }
}
