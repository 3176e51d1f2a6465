package dev.chorus.ingest;

/**
 * A source file split into front matter and body.
 *
 * @param bodyLine the 1-based line of the file on which {@code body} starts
 */
public record Document(SourceFile file, FrontMatter frontMatter, String body, int bodyLine) {
}
