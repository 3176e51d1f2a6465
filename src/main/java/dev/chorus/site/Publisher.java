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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.LinkOption;

/**
 * Writes a site. Everything goes to a temporary folder beside the output first and is put in
 * place only when the build is complete, so a failed build leaves the last good site as it was.
 */
final class Publisher {
    private final Path out;

    Publisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * The files the output folder holds now, by their paths in it; null when there is no folder,
     * when it is empty or a link, or when it holds anything but files and folders with something
     * in them (links, empty folders), so that it is replaced whole.
     */
    Set<String> existing() {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Set<String> files = new java.util.HashSet<>();
        Map<Path, Integer> entries = new java.util.HashMap<>();
        boolean[] plain = {true};
        try {
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    entries.merge(dir.getParent(), 1, Integer::sum);
                    entries.put(dir, 0);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    entries.merge(file.getParent(), 1, Integer::sum);
                    if (!attrs.isRegularFile()) {
                        plain[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    files.add(out.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    if (entries.remove(dir) == 0 && !dir.equals(out)) {
                        plain[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return null;
        }
        return plain[0] && !files.isEmpty() ? files : null;
    }

    /**
     * Starts writing a site. Files go to a staging folder beside the output as they are made,
     * so a large site is never held in memory; {@link Output#finish} then puts them in place.
     *
     * @param before the files the published site has (of the previous build, or
     *               {@link #existing}), or null to write a whole new site
     */
    Output begin(Set<String> before) {
        Path parent = out.getParent();
        Path staging = parent.resolve("." + out.getFileName() + ".staging");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw failure("cannot write the site", e);
        }
        return new Output(staging, before);
    }

    /** A site being written; not finished, it leaves the published site as it was. */
    final class Output {
        private final Path staging;
        private final Set<String> before;
        private final Set<String> staged = ConcurrentHashMap.newKeySet();

        private Output(Path staging, Set<String> before) {
            this.staging = staging;
            this.before = before;
        }

        /**
         * Stages one file; safe to call from several threads. When updating, a file whose
         * bytes are those already published is left alone, so its modification time stays.
         */
        void write(String path, byte[] bytes) {
            try {
                if (before != null && before.contains(path) && published(path, bytes)) {
                    return;
                }
                Path target = staging.resolve(path).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("refusing to write " + path + " outside the site folder");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                staged.add(path);
            } catch (IOException e) {
                throw failure("cannot write the site", e);
            }
        }

        /** Whether the site already holds these bytes at this path (compared, not hashed: most differ in size). */
        private boolean published(String path, byte[] bytes) throws IOException {
            Path target = out.resolve(path);
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != bytes.length) {
                return false;
            }
            return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
        }

        /**
         * Puts the staged files in place: a whole new site is swapped in with two renames; an
         * update moves each changed file over the old one and deletes the files of pages that
         * no longer exist.
         *
         * @param after every file of this build
         * @return how many files were written or deleted
         */
        int finish(Set<String> after) {
            try {
                if (before == null) {
                    swapIn();
                    return staged.size();
                }
                int changed = update(after);
                deleteTree(staging);
                return changed;
            } catch (IOException e) {
                throw failure("cannot write the site", e);
            }
        }

        /** Forgets a build that failed; the published site is untouched. */
        void abandon() {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // the next build clears the staging folder before it starts
            }
        }

        private void swapIn() throws IOException {
            Path old = out.getParent().resolve("." + out.getFileName() + ".previous");
            deleteTree(old);
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }

        private int update(Set<String> after) throws IOException {
            int changed = 0;
            Path root = out.toRealPath();
            for (String path : new TreeSet<>(staged)) {
                Path target = inside(root, path);
                Files.createDirectories(target.getParent());
                inside(root, path);
                Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                changed++;
            }
            // only the few pages gone are sorted, not the tens of thousands the site had
            TreeSet<String> gone = new TreeSet<>();
            for (String path : before) {
                if (!after.contains(path)) {
                    gone.add(path);
                }
            }
            for (String path : gone) {
                Path target = inside(root, path);
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
            return changed;
        }
    }

    private ChorusException failure(String what, IOException e) {
        return new ChorusException(SourcePos.of(out.toString()), what + ": " + e.getMessage(), e);
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
