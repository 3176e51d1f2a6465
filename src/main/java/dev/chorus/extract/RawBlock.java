package dev.chorus.extract;

/**
 * A block of body text before it is classified.
 *
 * @param line    1-based line in the source file, for messages
 * @param heading true when the format itself says this is a heading (Markdown '#', HTML h2)
 * @param html    safe HTML for Markdown blocks, null otherwise
 * @param marked  whether the format marks headings (Markdown, HTML); in raw text they are
 *                recognised by their shape
 */
record RawBlock(String text, int line, boolean heading, String html, boolean marked) {

    static RawBlock text(String text, int line) {
        return new RawBlock(text, line, false, null, false);
    }

    static RawBlock marked(String text, int line, boolean heading, String html) {
        return new RawBlock(text, line, heading, html, true);
    }
}
