package dev.chorus.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What every input and output file looked like (size, modification time, file identity) when
 * the last build finished, and what that build reported. When nothing differs, the site is up
 * to date and a build can stop after looking at the files, as make does, without loading the
 * build cache: on a large digest that load is most of a no-change build. Any difference, or a
 * stamp that cannot be read, sends the build down the normal path, which compares contents.
 */
final class BuildStamp {
    private static final String FORMAT = "chorus-stamp-3";

    /** A file as the file system describes it; equal stamps mean "not touched", as far as one can tell. */
    record FileStamp(long size, long modified, String identity) {
    }

    /** What the build that made the stamped site reported. */
    record Summary(int articles, int speakers, int themes, int quotes, int pages, List<String> warnings) {
        Summary {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param settings everything besides files that decides the output: code, configuration,
     *                 options, folders
     */
    record Stamp(String format, String settings, Map<String, FileStamp> sources, Map<String, FileStamp> templates,
                 Map<String, FileStamp> pages, Summary summary) {
    }

    private final Path file;

    BuildStamp(BuildCache cache) {
        this.file = cache.file().resolveSibling("stamp.bin");
    }

    /** The stamp of the last finished build, or null. */
    Stamp load() {
        byte[] all = ObjectFiles.readWithHeader(file, header());
        try {
            return all == null ? null : CacheCodec.stamp(all, header().length);
        } catch (RuntimeException e) {
            // a stamp cut short: it is only ever a shortcut
            return null;
        }
    }

    private static byte[] header() {
        return (FORMAT + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Saves a stamp encoded beforehand: a large site's stamp is encoded while the build cache
     * is, and written after it.
     */
    void save(java.util.function.Supplier<byte[]> encoded) {
        try {
            ObjectFiles.writeBytes(file, header(), encoded.get());
        } catch (IOException | RuntimeException e) {
            // without a stamp the next build only takes the longer path
            forget();
        }
    }

    /** Removes the stamp, so the next build compares contents. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale stamp still never matches changed files: their stamps differ
        }
    }

    static Stamp of(String settings, Map<String, FileStamp> sources, Map<String, FileStamp> templates,
                    Map<String, FileStamp> pages, Summary summary) {
        return new Stamp(FORMAT, settings, sources, templates, pages, summary);
    }

    /** The stamps of files, by the names given; a file that cannot be read gets none. */
    static Map<String, FileStamp> files(Map<String, Path> files) {
        // on both cores: a large site has tens of thousands of pages to stamp after each build
        Map<String, FileStamp> found = new java.util.concurrent.ConcurrentHashMap<>();
        new java.util.ArrayList<>(files.keySet()).parallelStream().forEach(name -> {
            FileStamp s = stamp(files.get(name));
            if (s != null) {
                found.put(name, s);
            }
        });
        return new TreeMap<>(found);
    }

    /** Every file below a folder, by its path relative to the folder; empty when there is no folder. */
    static Map<String, FileStamp> tree(Path dir) {
        Map<String, Path> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.put(dir.relativize(p).toString(), p));
            } catch (IOException | RuntimeException e) {
                files.put("unreadable " + dir, dir);
            }
        }
        return files(files);
    }

    /** The pages of a site, by their paths in it. */
    static Map<String, FileStamp> pages(Path out, Iterable<String> paths) {
        Map<String, Path> files = new TreeMap<>();
        for (String p : paths) {
            files.put(p, out.resolve(p));
        }
        return files(files);
    }

    /** The stamp of a page of the site, or null when it is not a regular file (a link is not). */
    static FileStamp page(Path p) {
        return stamp(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static FileStamp stamp(Path p, LinkOption... links) {
        try {
            // one stat for all four: a large site stamps tens of thousands of files per build
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, "unix:isRegularFile,size,lastModifiedTime,fileKey,ctime", links);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                a = new java.util.HashMap<>(Files.readAttributes(p, "isRegularFile,size,lastModifiedTime,fileKey", links));
                a.put("ctime", "");
            }
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                return null;
            }
            // the change time moves on every write and no tool can set it back, unlike the
            // modification time that copies and archives restore
            FileTime modified = (FileTime) a.get("lastModifiedTime");
            return new FileStamp((Long) a.get("size"), modified.toMillis() * 1_000_000L
                    + modified.toInstant().getNano() % 1_000_000, a.get("fileKey") + "/" + a.get("ctime"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
