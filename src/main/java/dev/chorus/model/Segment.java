package dev.chorus.model;

/**
 * A run of paragraph text; when {@code quote} is positive the run is the quoted words of that
 * quote (1-based number), quotation marks included, so templates can set it off.
 *
 * @param html the run as already-safe HTML, its tags balanced, for a Markdown paragraph; null
 *             for raw text, which the template engine escapes
 */
public record Segment(String text, int quote, String html) {

    public Segment(String text, int quote) {
        this(text, quote, null);
    }

    public boolean isQuote() {
        return quote > 0;
    }
}
