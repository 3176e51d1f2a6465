package dev.chorus.index;

import dev.chorus.config.SiteConfig;
import dev.chorus.model.Article;
import dev.chorus.model.Kind;
import dev.chorus.model.Quote;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelatedTest {
    private static final List<Theme> THEMES = List.of(theme("money"), theme("rights"), theme("craft"));

    private static Theme theme(String slug) {
        return new Theme(slug, slug, "", List.of(slug));
    }

    /** An article on a day of January 2025, quoting each speaker once, about the given themes. */
    private static Article article(String slug, int day, List<String> speakers, String... themes) {
        List<Quote> quotes = new ArrayList<>();
        for (String s : speakers) {
            quotes.add(new Quote("words of " + s, s, s.toLowerCase().replace(' ', '-'), 1, quotes.size() + 1, List.of()));
        }
        return new Article(slug, slug + ".md", slug, Kind.REPORT, false, LocalDate.of(2025, 1, day), "", null,
                List.of(), List.of(), quotes, speakers, List.of(), List.of(),
                List.of(themes).stream().map(t -> new ThemeScore(t, 0.5)).toList(), 100);
    }

    private static Digest digest(Article... articles) {
        SiteConfig config = new SiteConfig("t", "", "/", "en", null, THEMES, List.of(), List.of());
        return new Digest(config, List.of(articles), List.of());
    }

    private static List<String> related(Digest d, String slug, int limit) {
        Article a = d.chronological().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow();
        return d.related(a, limit).stream().map(r -> r.article().slug()).toList();
    }

    @Test
    void aSharedSpeakerCountsTwiceAsMuchAsASharedTheme() {
        Digest d = digest(
                article("subject", 10, List.of("Ann Lee"), "money", "rights"),
                article("same-themes", 11, List.of("Bo Chan"), "money", "rights"),
                article("same-speaker-and-theme", 20, List.of("Ann Lee"), "money"),
                article("one-theme", 12, List.of("Cy Dee"), "rights"),
                article("nothing-shared", 10, List.of("Di Eve"), "craft"));
        assertEquals(List.of("same-speaker-and-theme", "same-themes", "one-theme"), related(d, "subject", 5));
    }

    @Test
    void tiesGoToTheArticleNearestInTimeThenToTheNewer() {
        Digest d = digest(
                article("subject", 10, List.of(), "money"),
                article("five-days-before", 5, List.of(), "money"),
                article("two-days-before", 8, List.of(), "money"),
                article("two-days-after", 12, List.of(), "money"),
                article("four-days-after", 14, List.of(), "money"));
        assertEquals(List.of("two-days-after", "two-days-before", "four-days-after"), related(d, "subject", 3));
    }

    @Test
    void saysWhatTheArticlesShare() {
        Digest d = digest(article("a", 1, List.of("Ann Lee", "Bo Chan"), "money", "craft"),
                article("b", 2, List.of("Bo Chan"), "craft", "rights"));
        Related r = d.related(d.chronological().get(0), 3).get(0);
        assertEquals(List.of("Bo Chan"), r.speakers());
        assertEquals(List.of("craft"), r.themes());
    }

    @Test
    void anArticleSharingNothingHasNoRelatedArticles() {
        Digest d = digest(article("a", 1, List.of("Ann Lee"), "money"), article("b", 2, List.of("Bo Chan"), "craft"));
        assertEquals(List.of(), related(d, "a", 3));
    }
}
