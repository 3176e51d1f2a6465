package dev.chorus.config;

import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything chorus.yml and the command line decide, merged once: built-in defaults, then
 * chorus.yml, then flags.
 *
 * @param baseUrl    absolute URL the site is published at, always ending in '/'; used only where
 *                   an absolute URL is required (feeds, canonical links)
 * @param boilerplate lines matching any of these (whole line, case-insensitive) are dropped
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
                         List<Theme> themes, List<Speaker> speakers, List<Pattern> boilerplate) {

    public SiteConfig {
        themes = List.copyOf(themes);
        speakers = List.copyOf(speakers);
        boilerplate = List.copyOf(boilerplate);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, normaliseBaseUrl(url), language, themes, speakers,
                boilerplate);
    }

    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }
}
