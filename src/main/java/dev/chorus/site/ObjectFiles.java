package dev.chorus.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The build's own files beside the output (cache, stamp), each written whole or not at all. */
final class ObjectFiles {
    private ObjectFiles() {
    }

    /** The object in {@code file}, or null when there is none or it cannot be read: it is only ever a shortcut. */
    static Object read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            return objects.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the object to a temporary file beside {@code file}, then moves it over, so a reader never sees half. */
    static void write(Path file, Object o) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(o);
        }
        writeBytes(file, bytes.toByteArray());
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
