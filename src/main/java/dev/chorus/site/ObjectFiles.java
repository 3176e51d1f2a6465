package dev.chorus.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** The build's own files beside the output (cache, stamp), each written whole or not at all. */
final class ObjectFiles {
    private ObjectFiles() {
    }

    /**
     * The bytes of {@code file}, header and all, or null when it is missing, unreadable or does
     * not start with {@code header} (another format, or other code): these files are only ever
     * a shortcut, and a build without them takes the longer path.
     */
    static byte[] readWithHeader(Path file, byte[] header) {
        try {
            byte[] all = Files.readAllBytes(file);
            return all.length >= header.length && Arrays.equals(all, 0, header.length, header, 0, header.length) ? all : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the parts, one after the other, to a temporary file beside {@code file}, then moves it over. */
    static void writeBytes(Path file, byte[]... parts) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
