package dev.chorus.index;

import java.util.List;

/**
 * The same words attributed to different speakers: every quote of one case, in digest order.
 *
 * @param words the shortest of the quotes, which the others contain or nearly repeat
 */
public record Echo(String words, List<QuoteRef> quotes) {

    public Echo {
        quotes = List.copyOf(quotes);
    }

    /** The distinct speakers, in order of first appearance. */
    public List<String> speakers() {
        return quotes.stream().map(q -> q.quote().speaker()).distinct().toList();
    }
}
