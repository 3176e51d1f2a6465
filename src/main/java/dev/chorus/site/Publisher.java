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
