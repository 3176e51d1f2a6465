package dev.chorus.index;

import dev.chorus.model.Article;

import java.util.List;

/**
 * An article related to another, and why: the speakers and themes they share.
 *
 * @param speakers names of the people quoted in both
 * @param themes   slugs of the themes both are about
 */
public record Related(Article article, List<String> speakers, List<String> themes) {

    public Related {
        speakers = List.copyOf(speakers);
        themes = List.copyOf(themes);
    }
}
