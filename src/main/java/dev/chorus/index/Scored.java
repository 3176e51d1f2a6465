package dev.chorus.index;

import dev.chorus.model.Article;

/** An article's place on a theme: its score for that theme. */
public record Scored(Article article, double score) {
}
