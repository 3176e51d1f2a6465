package dev.chorus.model;

/** A place in an input file: the path as the user typed it and a 1-based line (0 = whole file). */
public record SourcePos(String file, int line) {

    public static SourcePos of(String file) {
        return new SourcePos(file, 0);
    }

    public SourcePos atLine(int newLine) {
        return new SourcePos(file, newLine);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
