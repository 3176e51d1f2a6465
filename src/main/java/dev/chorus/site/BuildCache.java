package dev.chorus.site;

import dev.chorus.extract.Extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the last build knew, kept beside the output in {@code .chorus/<output folder>/}: each
 * source's extraction by content hash, and each page's fingerprint and the keys it read. A cache written by other Chorus code, or one that cannot be read, is ignored.
 */
final class BuildCache {
    private static final String FORMAT = "chorus-cache-2";

    /** One source file: its content hash, the extraction settings used, and what came out. */
    record SourceEntry(String contentHash, String settings, Extraction extraction) implements Serializable {
    }

    /** One output file: how it was made, from what. */
    record PageRecord(String fingerprint, List<String> keys) implements Serializable {
    }

    record State(String format, String code, Map<String, SourceEntry> sources, Map<String, PageRecord> pages)
            implements Serializable {

        static State empty(String code) {
            return new State(FORMAT, code, Map.of(), Map.of());
        }
    }

    private final Path file;

    /** The cache of the site written to {@code out}. */
    BuildCache(Path out) {
        Path o = out.toAbsolutePath().normalize();
        this.file = o.getParent().resolve(".chorus").resolve(o.getFileName().toString()).resolve("cache.bin");
    }

    Path file() {
        return file;
    }

    State load(String code) {
        if (!Files.isRegularFile(file)) {
            return State.empty(code);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            Object o = objects.readObject();
            if (o instanceof State s && FORMAT.equals(s.format()) && code.equals(s.code())) {
                return s;
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // an unreadable cache only costs a full build
        }
        return State.empty(code);
    }

    void save(State state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("cache.bin.tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(new State(FORMAT, state.code(), new HashMap<>(state.sources()),
                        new HashMap<>(state.pages())));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
                        h.add(where.relativize(p).toString()).add(Files.readAllBytes(p));
                    }
                }
            } else {
                h.add(Files.readAllBytes(where));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            h.add("unknown code " + System.nanoTime());
        }
        return h.hex();
    }
}
