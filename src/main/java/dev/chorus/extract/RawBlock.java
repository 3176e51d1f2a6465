package dev.chorus.extract;

/**
 * A block of body text before it is classified.
 *
 * @param line    1-based line in the source file, for messages
 * @param heading true when the format itself says this is a heading (Markdown '#')
 * @param html    safe HTML for Markdown blocks, null for raw text
 */
record RawBlock(String text, int line, boolean heading, String html) {

    static RawBlock text(String text, int line) {
        return new RawBlock(text, line, false, null);
    }
}
