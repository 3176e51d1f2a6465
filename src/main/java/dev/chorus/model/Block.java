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
     * the build cache. A Markdown paragraph's runs carry its HTML cut at the same places (see
     * {@link #isSplittable()}).
     */
    public List<Segment> segments() {
        if (quotes.isEmpty()) {
            // nothing to cut: a paragraph's HTML is its one run as it is
            String inner = html != null && html.startsWith("<p>") && html.endsWith("</p>")
                    ? html.substring(3, html.length() - 4) : null;
            return List.of(new Segment(text, 0, inner));
        }
        int[] cuts = new int[quotes.size() * 2];
        for (int i = 0; i < quotes.size(); i++) {
            cuts[2 * i] = quotes.get(i).start();
            cuts[2 * i + 1] = quotes.get(i).end();
        }
        List<String> runs = html == null ? null : HtmlRuns.cut(html, text, cuts);
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            plain(out, at, q.start(), runs, 2 * i);
            out.add(new Segment(text.substring(q.start(), q.end()), q.quote(), runs == null ? null : runs.get(2 * i + 1)));
            at = q.end();
        }
        plain(out, at, text.length(), runs, 2 * quotes.size());
        return out;
    }

    private void plain(List<Segment> out, int from, int to, List<String> runs, int run) {
        // an empty run of HTML may still hold an image; an empty run of text holds nothing
        if (from < to || runs != null && !runs.get(run).isEmpty()) {
            out.add(new Segment(text.substring(from, to), 0, runs == null ? null : runs.get(run)));
        }
    }

    /**
     * Whether {@link #segments()} can set the quotes off, which its runs' HTML then says: always
     * for raw text; for Markdown when its HTML is one paragraph, and where it has quotes, one of
     * inline markup showing exactly the text. A list, a table or a quote block is shown whole, its
     * quotes marked by anchors only.
     */
    public boolean isSplittable() {
        return html == null || segments().get(0).html() != null;
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    public String anchor() {
        return type == Type.PARAGRAPH ? "p-" + number : null;
    }
}
