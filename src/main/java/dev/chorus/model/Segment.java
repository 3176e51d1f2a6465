package dev.chorus.model;

/**
 * A run of paragraph text; when {@code quote} is positive the run is the quoted words of that
 * quote (1-based number), quotation marks included, so templates can set it off.
 */
public record Segment(String text, int quote) {

    public boolean isQuote() {
        return quote > 0;
    }
}
