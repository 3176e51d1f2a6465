package dev.chorus.model;

/**
 * A place in an input file: the path as the user typed it, a 1-based line (0 = whole file) and,
 * where known, a 1-based column (0 = whole line).
 */
public record SourcePos(String file, int line, int column) {

    public SourcePos(String file, int line) {
        this(file, line, 0);
    }

    public static SourcePos of(String file) {
        return new SourcePos(file, 0);
    }

    public SourcePos atLine(int newLine) {
        return new SourcePos(file, newLine);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
