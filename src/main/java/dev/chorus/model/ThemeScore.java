package dev.chorus.model;

/** How strongly an article or a quote is about a theme, from 0 to 1. */
public record ThemeScore(String slug, double score) {
}
