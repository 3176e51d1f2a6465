package dev.chorus.model;

import java.util.List;

/**
 * One element of an article body in reading order.
 *
 * @param number   for paragraphs, the 1-based paragraph index (anchor {@code p-N}); 0 for headings
 * @param text     plain text, used for extraction, search and feeds
 * @param html     pre-rendered, already-safe HTML for Markdown input; null for raw text, whose
 *                 segments are escaped by the template engine
 * @param segments the text split into plain runs and quoted runs
 */
public record Block(Type type, int number, String text, String html, List<Segment> segments) implements java.io.Serializable {

    public enum Type { HEADING, PARAGRAPH }

    public Block {
        segments = List.copyOf(segments);
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    public String anchor() {
        return type == Type.PARAGRAPH ? "p-" + number : null;
    }
}
