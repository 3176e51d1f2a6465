package dev.chorus.ingest;

import dev.chorus.config.ConfigLoader;
import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import dev.chorus.text.ByteSizes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the article files of a source folder and decodes them. Files are checked against the
 * size limit before they are read, and symbolic links that lead out of the source folder are
 * not followed.
 */
public final class SourceReader {
    /** Extensions Chorus reads; anything else in the folder is ignored. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    /** The default of chorus.yml's maxFileSize. */
    public static final long DEFAULT_MAX_FILE_SIZE = ConfigLoader.DEFAULT_MAX_FILE_SIZE;

    private final Path workDir;
    private final long maxFileSize;

    public SourceReader(Path workDir) {
        this(workDir, DEFAULT_MAX_FILE_SIZE);
    }

    /** @param maxFileSize files larger than this many bytes are refused without being read */
    public SourceReader(Path workDir, long maxFileSize) {
        this.workDir = workDir.toAbsolutePath().normalize();
        this.maxFileSize = maxFileSize;
    }

    /** Article files directly under or below {@code dir}, sorted by relative path. */
    public List<Path> list(Path dir) {
        return list(dir, warning -> { });
    }

    /**
     * Article files directly under or below {@code dir}, sorted by relative path. A symbolic
     * link is followed only when it leads to a file inside {@code dir}; a link out of it, or to
     * nothing, is skipped with a warning.
     */
    public List<Path> list(Path dir, Consumer<String> warnings) {
        if (!Files.isDirectory(dir)) {
            throw new ChorusException(SourcePos.of(shown(dir)),
                    "source folder not found; create it and put .txt, .md or .html articles in it, or pass --source DIR");
        }
        List<Path> found = new ArrayList<>();
        try {
            Path root = dir.toRealPath();
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean article = EXTENSIONS.contains(extension(file));
                    if (!attrs.isSymbolicLink()) {
                        if (article && attrs.isRegularFile()) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    Path target;
                    try {
                        target = file.toRealPath();
                    } catch (IOException e) {
                        if (article) {
                            warnings.accept(shown(file) + ": a symbolic link to nothing; skipped");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    boolean folder = Files.isDirectory(target);
                    if (!target.startsWith(root)) {
                        if (article || folder) {
                            warnings.accept(shown(file) + ": a symbolic link to " + target + ", outside the source "
                                    + "folder; skipped (copy " + (folder ? "the folder" : "the file") + " into "
                                    + shown(dir) + " to include it)");
                        }
                    } else if (article && !folder && Files.isRegularFile(target)) {
                        // a link to a folder inside is not followed: its files are listed where they are
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(shown(dir)), "cannot list folder: " + e.getMessage());
        }
        // each path made relative once: made in the comparator, it was 14 times per file
        Map<Path, String> relative = new HashMap<>();
        found.forEach(f -> relative.put(f, dir.relativize(f).toString()));
        found.sort(Comparator.comparing(relative::get));
        return List.copyOf(found);
    }

    /**
     * Reads and decodes one file, refusing it before reading when it is larger than the limit:
     * a huge file would only exhaust memory.
     */
    public SourceFile read(Path file) {
        return decode(file, bytes(file));
    }

    /** The file's bytes, for hashing before deciding whether to decode and extract it. */
    public byte[] bytes(Path file) {
        try {
            String shownAs = shown(file);
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw tooLarge(shownAs, size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // the file may have grown since it was measured
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            }
            if (bytes.length > maxFileSize) {
                throw tooLarge(shownAs, bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(shown(file)), "cannot read file: " + e.getMessage());
        }
    }

    public SourceFile decode(Path file, byte[] bytes) {
        String shownAs = shown(file);
        return new SourceFile(file, shownAs, decode(bytes, shownAs));
    }

    /** Decodes an article that is already in memory, as {@link #read(Path)} decodes a file. */
    public SourceFile read(Path file, byte[] bytes) {
        String shownAs = shown(file);
        if (bytes.length > maxFileSize) {
            throw tooLarge(shownAs, bytes.length);
        }
        return new SourceFile(file, shownAs, decode(bytes, shownAs));
    }

    private ChorusException tooLarge(String shownAs, long size) {
        return new ChorusException(new SourcePos(shownAs, 1), "the file is " + ByteSizes.format(size)
                + ", more than the limit of " + ByteSizes.format(maxFileSize) + "; split it into several articles, "
                + "or raise maxFileSize in chorus.yml (e.g. maxFileSize: 20MB)");
    }

    /**
     * Strict UTF-8; a file that is not UTF-8 but has no control characters is read as
     * Windows-1252, the usual encoding of text saved from old web pages.
     */
    static String decode(byte[] bytes, String shownAs) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            // UTF-16 with a byte order mark; the decoder reads the mark and drops it
            return TextNormalizer.normalize(new String(bytes, StandardCharsets.UTF_16));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ChorusException(new SourcePos(shownAs, lineAt(bytes, i)),
                        "this is not a text file (it contains a NUL byte); save the article as UTF-8 text (.txt or .md)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, java.nio.charset.Charset.forName("windows-1252"));
            long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
            if (controls > 0) {
                throw new ChorusException(new SourcePos(shownAs, firstBadUtf8Line(bytes, start)),
                        "this is not UTF-8 text (binary data or an unknown encoding); save it as UTF-8");
            }
        }
        return TextNormalizer.normalize(text);
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstBadUtf8Line(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0) {
                return lineAt(bytes, i);
            }
        }
        return 1;
    }

    /** How messages name a file: relative to the project when it is inside it. */
    public String shownAs(Path p) {
        return shown(p);
    }

    private String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workDir) ? workDir.relativize(abs).toString() : abs.toString();
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
