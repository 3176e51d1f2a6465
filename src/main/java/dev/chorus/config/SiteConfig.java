package dev.chorus.config;

import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything chorus.yml and the command line decide, merged once: built-in defaults, then
 * chorus.yml, then flags.
 *
 * @param baseUrl       absolute URL the site is published at, always ending in '/'; used only
 *                      where an absolute URL is required (feeds, canonical links, sitemap, Open
 *                      Graph). "/" when it is not configured: see {@link #hasBaseUrl()}
 * @param cname         the custom domain GitHub Pages serves the site at (written to CNAME), or null
 * @param boilerplate   lines matching any of these (whole line, case-insensitive) are dropped
 * @param feedLimit     how many of the newest articles each feed carries
 * @param maxFileSize   article files larger than this many bytes are refused before they are read
 * @param unsafeRawHtml whether raw HTML in Markdown reaches the pages as it is, scripts included,
 *                      instead of being cleaned
 */
public record SiteConfig(String title, String description, String baseUrl, String language, String cname,
                         List<Theme> themes, List<Speaker> speakers, List<Pattern> boilerplate, int feedLimit,
                         long maxFileSize, boolean unsafeRawHtml) {

    /** As many entries as Hugo's and Jekyll's feeds carry by default. */
    public static final int DEFAULT_FEED_LIMIT = 20;

    public SiteConfig {
        themes = List.copyOf(themes);
        speakers = List.copyOf(speakers);
        boilerplate = List.copyOf(boilerplate);
    }

    /** With the default feed limit and file size limit, and raw HTML cleaned. */
    public SiteConfig(String title, String description, String baseUrl, String language, String cname,
                      List<Theme> themes, List<Speaker> speakers, List<Pattern> boilerplate) {
        this(title, description, baseUrl, language, cname, themes, speakers, boilerplate, DEFAULT_FEED_LIMIT,
                ConfigLoader.DEFAULT_MAX_FILE_SIZE, false);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, normaliseBaseUrl(url), language, cname, themes, speakers,
                boilerplate, feedLimit, maxFileSize, unsafeRawHtml);
    }

    /**
     * Whether the site's absolute address is known. Without it, the URLs that must be absolute
     * fall back to root-relative ones ("/articles/x/"), right only at the root of a domain.
     */
    public boolean hasBaseUrl() {
        return !baseUrl.equals("/");
    }

    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        // one slash, however the address was written: "…/repo", "…/repo/" or "…/repo//"
        return url.strip().replaceAll("/+$", "") + "/";
    }
}
