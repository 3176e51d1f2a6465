package dev.chorus.site;

import dev.chorus.index.QuoteRef;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.util.List;

/** The typed shapes templates receive beyond the model records. Public so FreeMarker can read them. */
public final class Views {

    private Views() {
    }

    /** A theme with a score or a count, for chips and bars. */
    public record ThemeView(Theme theme, double score, int count) {
    }

    /** A speaker's quotes on one theme. */
    public record QuoteGroup(Theme theme, List<QuoteRef> quotes) {
        public QuoteGroup {
            quotes = List.copyOf(quotes);
        }
    }

    /** What one speaker said on a theme. */
    /**
     * What one speaker said on a theme.
     *
     * @param quotes the quotes shown, the first few of them
     * @param total  how many quotes the speaker has on the theme
     */
    public record Voice(Speaker speaker, List<QuoteRef> quotes, int total) {
        public Voice {
            quotes = List.copyOf(quotes);
        }
    }

    /** A speaker with counts, for lists. */
    public record SpeakerView(Speaker speaker, int quotes, int articles) {
    }

    /**
     * A feed to subscribe to, for {@code <link rel="alternate">} and visible links.
     *
     * @param format "RSS", "Atom" or "JSON Feed"
     */
    public record FeedLink(String type, String format, String title, String href) {
    }

    /**
     * The heat map of the home page: quotes per theme (rows) and speaker (columns).
     *
     * @param counts        {@code counts.get(row).get(column)}
     * @param speakerTotal  how many speakers the digest has, shown or not
     * @param themeTotal    how many themes have quotes, shown or not
     */
    public record Matrix(List<Theme> themes, List<Speaker> speakers, List<List<Integer>> counts,
                         int speakerTotal, int themeTotal) {
        public Matrix {
            themes = List.copyOf(themes);
            speakers = List.copyOf(speakers);
            counts = counts.stream().map(List::copyOf).toList();
        }

        public int max() {
            return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        }

        /** The shade of a cell: 0 for none, else 1 to 4 by its share of the largest count. */
        public int level(int count) {
            int max = max();
            return count <= 0 || max == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * count / max));
        }
    }

    /**
     * Where a long list is split into pages.
     *
     * @param previous link to the page of newer or higher-ranked entries, or null on the first
     * @param next     link to the page of older or lower-ranked entries, or null on the last
     * @param pages    links to the first, the last and the pages around this one, in reading
     *                 order; a null href marks a gap
     */
    public record Pager(String previous, String next, List<PageLink> pages) {
        public Pager {
            pages = List.copyOf(pages);
        }
    }

    /** One link of a pager: {@code label} is what it shows, the page number or "Latest". */
    public record PageLink(int number, String label, String href, boolean current) {
    }

    /** One page in sitemap.xml; {@code lastmod} is the article's date, or null. */
    public record SitemapEntry(String loc, String lastmod) {
    }
}
