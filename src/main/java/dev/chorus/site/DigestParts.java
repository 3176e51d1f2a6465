package dev.chorus.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Where each article, speaker and theme is in the digest.json written last, with the version
 * it was written from. A new article changes a handful of them, and writing the other ten
 * thousand again was a third of the CPU of adding one article at 10,000 articles: a part whose
 * version is unchanged is copied from the last file's bytes instead. Kept beside the build cache;
 * it vouches only for the file whose length and checksum it records, so a digest.json changed
 * by hand, or never published, is written whole.
 */
final class DigestParts {
    private static final String FORMAT = "chorus-digest-parts-1";

    /** One part of the file: its version, and where its bytes begin and how many there are. */
    record Part(String version, int offset, int length) {
    }

    private final byte[] file;
    private final Map<String, Part> byVersion;

    private DigestParts(byte[] file, Map<String, Part> byVersion) {
        this.file = file;
        this.byVersion = byVersion;
    }

    /** Nothing to reuse: every part is written. */
    static DigestParts none() {
        return new DigestParts(new byte[0], Map.of());
    }

    /**
     * The parts of {@code digestJson} as {@code index} describes them; none when either file is
     * missing or unreadable, or the index was written for other bytes.
     */
    static DigestParts load(Path index, Path digestJson) {
        try {
            if (!Files.isRegularFile(index) || !Files.isRegularFile(digestJson)) {
                return none();
            }
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(FORMAT)) {
                return none();
            }
            byte[] file = Files.readAllBytes(digestJson);
            if (!lines.get(1).equals(identity(file, file.length))) {
                return none();
            }
            Map<String, Part> parts = new HashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ");
                Part p = new Part(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                if (p.offset() < 0 || p.length() < 0 || p.offset() > file.length - p.length()) {
                    return none();
                }
                parts.put(p.version(), p);
            }
            return new DigestParts(file, parts);
        } catch (IOException | RuntimeException e) {
            // only ever a shortcut: without it the file is written whole
            return none();
        }
    }

    /** A file's length and checksum: what the index is for. */
    private static String identity(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return length + " " + Long.toHexString(crc.getValue());
    }

    /**
     * Writes the file through {@code g}, whose output is {@code sink}, and records where each
     * part went. Reused parts are copied in as they are: they sit at the same depth of the same
     * document, so their bytes, indentation included, are those Jackson would write again.
     */
    static final class Writer {
        private final DigestParts before;
        private final Sink sink;
        private final JsonGenerator g;
        private final List<Part> parts = new ArrayList<>();
        private int reused;

        Writer(DigestParts before, Sink sink, JsonGenerator g) {
            this.before = before;
            this.sink = sink;
            this.g = g;
        }

        /** One array element: the last file's bytes for this version, or the view written anew. */
        void part(String version, Supplier<Object> view) throws IOException {
            Part old = before.byVersion.get(version);
            if (old != null) {
                g.writeRawValue(new Raw(before.file, old.offset(), old.length()));
                g.flush();
                parts.add(new Part(version, sink.size() - old.length(), old.length()));
                reused++;
                return;
            }
            g.flush();
            int from = sink.size();
            g.writeObject(view.get());
            g.flush();
            // what comes before the object is the separator Jackson writes: a comma, a line end, spaces
            int start = sink.indexOf((byte) '{', from);
            parts.add(new Part(version, start, sink.size() - start));
        }

        int reused() {
            return reused;
        }

        /** Saves where each part of {@code bytes}, the finished file, is. */
        void save(Path index, byte[] bytes) throws IOException {
            StringBuilder s = new StringBuilder(FORMAT).append('\n').append(identity(bytes, bytes.length)).append('\n');
            for (Part p : parts) {
                s.append(p.version()).append(' ').append(p.offset()).append(' ').append(p.length()).append('\n');
            }
            ObjectFiles.writeBytes(index, s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The output, which a part's position is read from. */
    static final class Sink extends ByteArrayOutputStream {
        Sink(int size) {
            super(size);
        }

        int indexOf(byte b, int from) {
            for (int i = from; i < count; i++) {
                if (buf[i] == b) {
                    return i;
                }
            }
            throw new IllegalStateException("no '" + (char) b + "' after " + from);
        }
    }

    /**
     * Bytes of JSON already written, for {@link JsonGenerator#writeRawValue(SerializableString)}:
     * the generator takes them as they are, and writes the separator and indentation before
     * them as for any value. Only the methods a raw write uses are supported.
     */
    private record Raw(byte[] bytes, int offset, int length) implements SerializableString {
        @Override
        public int appendUnquotedUTF8(byte[] buffer, int at) {
            if (length > buffer.length - at) {
                return -1;
            }
            System.arraycopy(bytes, offset, buffer, at, length);
            return length;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes, offset, length);
            return length;
        }

        @Override
        public String getValue() {
            return new String(bytes, offset, length, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int appendQuoted(char[] buffer, int at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int appendUnquoted(char[] buffer, int at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException();
        }
    }
}
