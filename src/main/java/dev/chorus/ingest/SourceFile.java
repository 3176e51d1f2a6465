package dev.chorus.ingest;

import dev.chorus.model.SourcePos;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A decoded input file.
 *
 * @param shownAs  the path as messages show it (relative to the working folder when possible)
 * @param text     the whole file, line endings normalised to '\n', BOM removed
 */
public record SourceFile(Path path, String shownAs, String text) {

    public SourcePos pos(int line) {
        return new SourcePos(shownAs, line);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
