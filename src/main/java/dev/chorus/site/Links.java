package dev.chorus.site;

/**
 * Links from one page to the others. Internal links are relative and name index.html, so the
 * same site works at a domain root, under a sub-path, and opened straight from disk. Absolute
 * URLs (feeds, canonical links) come from the base URL.
 */
public final class Links {
    private final String root;
    private final String baseUrl;
    private final String index;

    /**
     * @param depth   how many folders deep the page is (0 for index.html, 2 for articles/x/index.html)
     * @param baseUrl absolute base, ending in '/'
     */
    public Links(int depth, String baseUrl) {
        this("../".repeat(depth), baseUrl, "index.html");
    }

    private Links(String root, String baseUrl, String index) {
        this.root = root;
        this.baseUrl = baseUrl;
        this.index = index;
    }

    /** Links for content that leaves the site (feeds): absolute, pretty folder URLs. */
    public static Links absoluteFor(String baseUrl) {
        return new Links(baseUrl, baseUrl, "");
    }

    /**
     * Links for the not-found page. GitHub Pages serves 404.html at whatever address was asked
     * for (/repo/a/b/c), so relative links would resolve against the wrong folder: this page's
     * links start from the base URL instead. Without a base URL they are root-relative.
     */
    public static Links rootedAt(String baseUrl) {
        return new Links(baseUrl, baseUrl, "index.html");
    }

    static String articlePath(String slug) {
        return "articles/" + slug + "/";
    }

    static String speakerPath(String slug) {
        return "speakers/" + slug + "/";
    }

    static String themePath(String slug) {
        return "themes/" + slug + "/";
    }

    /** The relative path from this page to the site root, "" or "../../". */
    public String root() {
        return root;
    }

    public String home() {
        return root + index;
    }

    public String articles() {
        return root + "articles/" + index;
    }

    public String speakers() {
        return root + "speakers/" + index;
    }

    public String themes() {
        return root + "themes/" + index;
    }

    public String article(String slug) {
        return root + articlePath(slug) + index;
    }

    public String speaker(String slug) {
        return root + speakerPath(slug) + index;
    }

    public String theme(String slug) {
        return root + themePath(slug) + index;
    }

    /** A file at the site root, such as "assets/chorus.css" or "feed.xml". */
    public String file(String path) {
        return root + path;
    }

    /** The absolute URL of a site path ("articles/x/"), for feeds and canonical links. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
