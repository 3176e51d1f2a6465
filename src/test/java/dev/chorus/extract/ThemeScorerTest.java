package dev.chorus.extract;

import dev.chorus.config.ConfigLoader;
import dev.chorus.model.Theme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keywords are matched on words, and count exactly what the documented regular expression counts. */
class ThemeScorerTest {
    private static final List<Theme> THEMES = List.of(
            new Theme("climate", "Climate", "", List.of("carbon tax", "net zero", "emissions", "heatwave", "tax")),
            new Theme("screen", "Screen", "", List.of("digital double", "double", "cinema", "film", "5G")),
            new Theme("odd", "Odd", "", List.of("AI-generated", "deep fake", "C++")),
            new Theme("marks", "Marks", "", List.of("start-up", "AI-generated", "children's film", "e-mail address",
                    "U.S.-made", "start")));

    private static final List<String> TRICKY = List.of(
            "Carbon Tax, carbon  taxes and CARBON\\ntaxed; carbon-tax is not one, nor carbontax.",
            "A digital double, a double, doubles, doubled, doubling, redouble, double2 and 2double.",
            "Net zero, net\\u00A0zero (no: not white space to \\\\s), net\\tzero, netzero, net zeros.",
            "Cinema cinemas cinematic film films filmed filming filmmaker 5G 5g 5Gs.",
            "AI-generated AI-GENERATED ai-generateds deep fakes C++ C+++",
            "", "tax", "Tax.", "taxing taxes taxs taxeses",
            "Start-ups, start-up's, START-UP, start - up, start–up, restart-up, start-upper, start-\nup, start",
            "AI-generated, ai-generateds, AI-generating, AI- generated, AI‑generated, e-mail  addresses, e-mail\taddress",
            "U.S.-made, u.s.-made, US-made, U.S.-mades, children's films, children’s film, children's  film");

    @Test
    void theWordMatcherCountsWhatTheRegularExpressionCounts() throws IOException {
        ThemeScorer scorer = new ThemeScorer(THEMES);
        List<String> texts = new ArrayList<>(TRICKY.stream().map(t -> t.replace("\\n", "\n").replace("\\u00A0", "\u00A0")
                .replace("\\t", "\t").replace("\\\\", "\\")).toList());
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList()) {
                texts.add(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // and the taxonomies of the seeds and of the extraction fixtures
        ThemeScorer seeds = new ThemeScorer(new ConfigLoader().load(Path.of("chorus.yml"), "chorus.yml", true).themes());
        ThemeScorer fixtures = new ThemeScorer(new ConfigLoader().load(
                Path.of("src/test/resources/extract/chorus.yml"), "chorus.yml", true).themes());
        for (String text : texts) {
            for (ThemeScorer s : List.of(scorer, seeds, fixtures)) {
                List<int[]> both = s.hitsBothWays(text);
                for (int[] b : both) {
                    assertEquals(b[1], b[0], "words and regular expression differ on: " + text.substring(0, Math.min(80, text.length())));
                }
            }
        }
        assertArrayEquals(new int[] {4, 4}, scorer.hitsBothWays(texts.get(0)).get(0), "carbon tax ×3, and the tax of carbon-tax");
        assertArrayEquals(new int[] {8, 8}, scorer.hitsBothWays(TRICKY.get(9)).get(3),
                "start-up ×3, and start ×5 (start - up, start–up, start-upper, start-\\nup, start)");
    }

    @Test
    void keywordsJoinedByHyphensAndApostrophesAreMatchedOnWords() {
        ThemeScorer scorer = new ThemeScorer(THEMES);
        assertTrue(scorer.matchedOnWords("marks"), "start-up, AI-generated, children's film, U.S.-made");
        assertFalse(scorer.matchedOnWords("odd"), "C++ ends in marks: only the regular expression reads it");
        assertTrue(scorer.matchedOnWords("climate"));
    }
}
