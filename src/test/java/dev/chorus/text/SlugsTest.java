package dev.chorus.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slugs name folders of the site, so they are made of [a-z0-9-] and nothing else. */
class SlugsTest {
    private static final String HASH = "x-[0-9a-f]{10}";

    @Test
    void latinLettersWithMarksAreTransliterated() {
        assertEquals("cafe-societe", Slugs.of("Café Société"));
        assertEquals("strasse-aero-lodz", Slugs.of("Straße, Ærø, Łódź"));
        assertEquals("naive-resume-of-senor-muller", Slugs.of("Naïve résumé of Señor Müller"));
    }

    @Test
    void apostrophesDisappearAndPunctuationBecomesOneDash() {
        assertEquals("its-a-wrap", Slugs.of("It's a Wrap!"));
        assertEquals("ai-cinema-2025", Slugs.of("  AI & Cinema — 2025?  "));
    }

    @Test
    void titlesWithNoLatinLettersGetAStableHashSlug() {
        for (String title : List.of("人工智能与电影", "映画とAIの未来は", "인공지능과 영화", "Искусственный интеллект и кино",
                "Τεχνητή νοημοσύνη και κινηματογράφος", "الذكاء الاصطناعي والسينما", "🎬🤖✨", "…—!?")) {
            String slug = Slugs.of(title);
            if (!title.contains("AI")) {
                assertTrue(slug.matches(HASH), title + " → " + slug);
            }
            assertEquals(slug, Slugs.of(title), "the same title always gets the same slug");
            assertTrue(Slugs.isValid(slug), slug);
        }
        assertNotEquals(Slugs.of("人工智能"), Slugs.of("电影"));
        assertNotEquals(Slugs.of("🎬"), Slugs.of("🤖"));
    }

    @Test
    void latinPartsOfAMixedTitleMakeTheSlug() {
        assertEquals("ai", Slugs.of("AI и кино"));
        assertEquals("ai", Slugs.of("映画とAIの未来は"));
    }

    @Test
    void pathsInATitleCannotLeaveTheSiteFolder() {
        assertEquals("etc-passwd", Slugs.of("../../etc/passwd"));
        assertEquals("windows-system32", Slugs.of("..\\..\\Windows\\System32"));
        assertTrue(Slugs.of("./.").matches(HASH));
    }

    @Test
    void longTitlesAreCutAtAWordWithinSixtyCharacters() {
        String slug = Slugs.of("A very long title that goes on and on about artificial intelligence and the cinema of tomorrow");
        assertEquals("a-very-long-title-that-goes-on-and-on-about-artificial", slug);
        assertTrue(slug.length() <= 60);
    }

    @Test
    void onlyLowerCaseLettersDigitsAndSingleDashesAreValid() {
        assertTrue(Slugs.isValid("stallone-on-ai-2"));
        for (String bad : List.of("", "../../etc", "..", "a/b", "a\\b", "Upper", "a--b", "-a", "a-", "a b", "café",
                "a.b", "x".repeat(201))) {
            assertFalse(Slugs.isValid(bad), bad);
        }
        assertFalse(Slugs.isValid(null));
    }
}
