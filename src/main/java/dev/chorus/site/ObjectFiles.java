package dev.chorus.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The build's own files beside the output (cache, stamp), each written whole or not at all. */
final class ObjectFiles {
    private ObjectFiles() {
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
