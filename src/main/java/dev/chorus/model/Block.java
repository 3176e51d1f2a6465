package dev.chorus.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of an article body in reading order.
 *
 * @param number for paragraphs, the 1-based paragraph index (anchor {@code p-N}); 0 for headings
 * @param text   plain text, used for extraction, search and feeds
 * @param html   pre-rendered, already-safe HTML for Markdown input; null for raw text, whose
 *               segments are escaped by the template engine
 * @param quotes where the paragraph's quotes are in {@code text}, in order
 */
public record Block(Type type, int number, String text, String html, List<QuoteSpan> quotes) {

    public enum Type { HEADING, PARAGRAPH }

    /** A quote's place in the text, quotation marks included; {@code quote} is its 1-based number. */
    public record QuoteSpan(int start, int end, int quote) {
    }

    public Block {
        quotes = List.copyOf(quotes);
    }

    /**
     * The text split into plain runs and quoted runs, for templates to set the quotes off. Made
     * when asked rather than kept: kept, it was a third copy of every paragraph in memory and in
     * the build cache.
     */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (QuoteSpan q : quotes) {
            if (q.start() > at) {
                out.add(new Segment(text.substring(at, q.start()), 0));
            }
            out.add(new Segment(text.substring(q.start(), q.end()), q.quote()));
            at = q.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0));
        }
        return out;
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    public String anchor() {
        return type == Type.PARAGRAPH ? "p-" + number : null;
    }
}
