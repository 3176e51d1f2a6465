package dev.chorus.site;

import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.nio.file.LinkOption;

/**
 * Writes a finished site. Everything goes to a temporary folder beside the output first and is
 * swapped in only when complete, so a failed build leaves the last good site as it was.
 */
final class Publisher {
    private final Path out;

    Publisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    void publish(Map<String, byte[]> files) {
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".previous");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                Path target = staging.resolve(f.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalStateException("output path escapes the site folder: " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            deleteTree(old);
            if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(out.toString()), "cannot write the site: " + e.getMessage(), e);
        }
    }

    /**
     * Brings an existing site up to date in place: writes the files whose bytes changed (each
     * to a temporary file first, then moved over the old one) and deletes the files of pages
     * that no longer exist. Files whose bytes are the same are not touched, so their times stay.
     *
     * @param made    files made in this build, by path
     * @param before  every file of the previous build
     * @param after   every file of this build
     * @return how many files were written or deleted
     */
    int update(Map<String, byte[]> made, Map<String, BuildCache.PageRecord> before,
               Map<String, BuildCache.PageRecord> after) {
        int changed = 0;
        try {
            Path root = out.toRealPath();
            for (Map.Entry<String, byte[]> f : new TreeMap<>(made).entrySet()) {
                Path target = inside(root, f.getKey());
                BuildCache.PageRecord old = before.get(f.getKey());
                if (old != null && old.contentHash().equals(after.get(f.getKey()).contentHash())
                        && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                inside(root, f.getKey());
                Path tmp = target.resolveSibling("." + target.getFileName() + ".chorus-tmp");
                Files.write(tmp, f.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed++;
            }
            for (String gone : new TreeSet<>(before.keySet())) {
                if (after.containsKey(gone)) {
                    continue;
                }
                Path target = inside(root, gone);
                if (Files.deleteIfExists(target)) {
                    changed++;
                }
                for (Path dir = target.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
                    try (var entries = Files.list(dir)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(out.toString()), "cannot update the site: " + e.getMessage(), e);
        }
        return changed;
    }

    /** The path of a site file, refused when it would leave the site (through '..' or a link). */
    private static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        Path parent = target.getParent();
        while (parent != null && !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
            parent = parent.getParent();
        }
        if (!target.startsWith(root) || parent == null || !parent.toRealPath().startsWith(root)
                || Files.isSymbolicLink(target)) {
            throw new IOException("refusing to write " + relative + " outside the site folder");
        }
        return target;
    }

    /** Deletes a folder without following symbolic links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
