package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Theme;

import java.util.List;

/**
 * What extraction made of one file.
 *
 * @param newThemes  themes named in front matter that the taxonomy does not define
 * @param slugFixed  true when the slug was set in front matter (so a clash is an error)
 * @param warnings   problems worth telling but not worth stopping for, each with its position
 * @param slugLine   the line a message about the slug points at: the 'slug:' key when the slug
 *                   was set, else the title
 */
public record Extraction(Article article, boolean draft, boolean slugFixed, List<Theme> newThemes,
                         List<String> warnings, int slugLine) {

    public Extraction {
        newThemes = List.copyOf(newThemes);
        warnings = List.copyOf(warnings);
    }

    public Extraction(Article article, boolean draft, boolean slugFixed, List<Theme> newThemes,
                      List<String> warnings) {
        this(article, draft, slugFixed, newThemes, warnings, 1);
    }
}
