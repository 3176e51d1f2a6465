package dev.chorus.model;

import java.util.List;

/**
 * Words in quotation marks and who said them.
 *
 * @param speaker   the speaker's full name, or null when the text does not say who spoke
 * @param paragraph 1-based index into the article's paragraphs
 * @param number    1-based position of the quote in its article, used for anchors
 */
public record Quote(String text, String speaker, String speakerSlug, int paragraph, int number,
                    List<ThemeScore> themes) {

    public Quote {
        themes = List.copyOf(themes);
    }

    public String anchor() {
        return "q-" + number;
    }

    public String primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0).slug();
    }
}
