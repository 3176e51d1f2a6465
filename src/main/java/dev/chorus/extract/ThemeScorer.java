package dev.chorus.extract;

import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores text against the theme taxonomy by keyword density: hits per 100 words, squashed into
 * 0..1 so long and short articles compare.
 */
final class ThemeScorer {
    /** An article carries a theme from this score up. */
    static final double ARTICLE_THRESHOLD = 0.35;
    private static final int MAX_THEMES = 3;
    /** Hits per 100 words at which a score reaches one half. */
    private static final double HALF_DENSITY = 3.0;

    private record Compiled(Theme theme, Pattern pattern) {
    }

    private final List<Compiled> themes;

    ThemeScorer(List<Theme> themes) {
        List<Compiled> out = new ArrayList<>();
        for (Theme t : themes) {
            if (t.keywords().isEmpty()) {
                continue;
            }
            List<String> alts = new ArrayList<>();
            for (String k : t.keywords()) {
                String kw = k.strip();
                if (!kw.isEmpty()) {
                    alts.add(Pattern.quote(kw).replace(" ", "\\E\\s+\\Q"));
                }
            }
            // longest first, so "digital double" wins over "double"
            alts.sort(Comparator.comparingInt(String::length).reversed());
            out.add(new Compiled(t, Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", alts)
                    + ")(?:s|es|d|ed|ing)?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        this.themes = List.copyOf(out);
    }

    /**
     * @param title      weighs three times
     * @param headings   weigh twice
     * @param body       paragraphs and FAQ text
     * @param wordCount  words in the body
     */
    List<ThemeScore> scoreArticle(String title, List<String> headings, List<String> body, int wordCount) {
        List<ThemeScore> scores = new ArrayList<>();
        ThemeScore best = null;
        for (Compiled c : themes) {
            int hits = 3 * count(c.pattern(), title);
            for (String h : headings) {
                hits += 2 * count(c.pattern(), h);
            }
            for (String p : body) {
                hits += count(c.pattern(), p);
            }
            if (hits == 0) {
                continue;
            }
            double density = hits * 100.0 / Math.max(100, wordCount);
            ThemeScore s = new ThemeScore(c.theme().slug(), round(density / (density + HALF_DENSITY)));
            if (s.score() >= ARTICLE_THRESHOLD) {
                scores.add(s);
            }
            if (hits >= 2 && (best == null || s.score() > best.score())) {
                best = s;
            }
        }
        if (scores.isEmpty() && best != null) {
            scores.add(best);
        }
        return top(scores);
    }

    /** Themes a quote's own words are about, best first; empty when it names none. */
    List<ThemeScore> scoreQuote(String text) {
        List<ThemeScore> scores = new ArrayList<>();
        for (Compiled c : themes) {
            int hits = count(c.pattern(), text);
            if (hits > 0) {
                scores.add(new ThemeScore(c.theme().slug(), round(hits / (hits + 1.0))));
            }
        }
        return top(scores);
    }

    private static List<ThemeScore> top(List<ThemeScore> scores) {
        scores.sort(Comparator.comparingDouble(ThemeScore::score).reversed().thenComparing(ThemeScore::slug));
        return List.copyOf(scores.subList(0, Math.min(MAX_THEMES, scores.size())));
    }

    private static int count(Pattern p, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
