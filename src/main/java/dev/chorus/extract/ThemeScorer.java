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

    /**
     * One theme's keywords. Keywords made of words (letters and digits) joined by one space or
     * by marks ("start-up", "AI-generated") are matched on the text's words; a theme with any
     * other keyword ("C++") keeps the regular expression, which both forms follow: a keyword, in
     * any case, with an optional ending (s, es, d, ed, ing), not inside a longer word; matches do
     * not overlap; at one place, the longest keyword is tried first.
     *
     * @param byWords whether its keywords are all plain, and in {@link #byFirstWord}; when not,
     *                the theme is counted with {@code pattern}
     */
    private record Compiled(Theme theme, Pattern pattern, boolean byWords) {
    }

    private static final String[] ENDINGS = {"", "s", "es", "d", "ed", "ing"};

    /**
     * A plain keyword: its theme, its place in the order its theme tries keywords, its words
     * (folded), and what joins each word to the one before (folded; null for white space).
     */
    private record Keyword(int theme, int priority, String[] words, String[] joins) {
    }

    private final List<Compiled> themes;
    /** Plain keywords by their first word, folded: the only ones that can start at a word. */
    private final java.util.Map<String, List<Keyword>> byFirstWord = new java.util.HashMap<>();

    ThemeScorer(List<Theme> themes) {
        List<Compiled> out = new ArrayList<>();
        for (Theme t : themes) {
            if (t.keywords().isEmpty()) {
                continue;
            }
            List<String> alts = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            boolean allPlain = true;
            for (String k : t.keywords()) {
                String kw = k.strip();
                if (!kw.isEmpty()) {
                    alts.add(Pattern.quote(kw).replace(" ", "\\E\\s+\\Q"));
                    plain.add(kw);
                    allPlain &= isPlain(kw);
                }
            }
            // longest first, so "digital double" wins over "double"; both lists in one order
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < alts.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt((Integer i) -> alts.get(i).length()).reversed());
            List<String> sortedAlts = order.stream().map(alts::get).toList();
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", sortedAlts)
                    + ")(?:s|es|d|ed|ing)?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (allPlain) {
                for (int k = 0; k < order.size(); k++) {
                    Keyword kw = keyword(out.size(), k, fold(plain.get(order.get(k))));
                    byFirstWord.computeIfAbsent(kw.words()[0], x -> new ArrayList<>()).add(kw);
                }
            }
            out.add(new Compiled(t, pattern, allPlain));
        }
        this.themes = List.copyOf(out);
    }

    /**
     * A string with each character folded as the regular expression's case-insensitive
     * matching folds it (lower case of upper case), so equal folds mean a match.
     */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * Words of letters and ASCII digits, each joined to the next by one space or by marks with
     * no space among them, a word first and last: what the word matcher can match.
     */
    private static boolean isPlain(String kw) {
        if (kw.isEmpty() || !isWordChar(kw.codePointAt(0)) || !isWordChar(kw.codePointBefore(kw.length()))) {
            return false;
        }
        int[] words = words(kw);
        for (int w = 1; w < words.length / 2; w++) {
            String join = kw.substring(words[2 * w - 1], words[2 * w]);
            if (!join.equals(" ") && join.chars().anyMatch(c -> c == ' ' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /** A plain keyword, folded, cut into its words and what joins them. */
    private static Keyword keyword(int theme, int priority, String folded) {
        int[] bounds = words(folded);
        int n = bounds.length / 2;
        String[] words = new String[n];
        String[] joins = new String[n];
        for (int w = 0; w < n; w++) {
            words[w] = folded.substring(bounds[2 * w], bounds[2 * w + 1]);
            if (w > 0) {
                String join = folded.substring(bounds[2 * w - 1], bounds[2 * w]);
                joins[w] = join.equals(" ") ? null : join;
            }
        }
        return new Keyword(theme, priority, words, joins);
    }

    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
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
        int[] all = new int[themes.size()];
        add(all, countAll(title), 3);
        for (String h : headings) {
            add(all, countAll(h), 2);
        }
        for (String p : body) {
            add(all, countAll(p), 1);
        }
        for (int t = 0; t < themes.size(); t++) {
            Compiled c = themes.get(t);
            int hits = all[t];
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
        int[] all = countAll(text);
        for (int t = 0; t < themes.size(); t++) {
            Compiled c = themes.get(t);
            int hits = all[t];
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

    private static void add(int[] into, int[] hits, int weight) {
        for (int i = 0; i < into.length; i++) {
            into[i] += weight * hits[i];
        }
    }

    private static int countByPattern(Compiled c, String text) {
        int n = 0;
        Matcher m = c.pattern().matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every theme's hits in {@code text}, in one pass over its words. */
    private int[] countAll(String text) {
        int[] hits = new int[themes.size()];
        if (text == null || text.isEmpty()) {
            return hits;
        }
        String folded = fold(text);
        boolean sameLength = folded.length() == text.length();
        for (int t = 0; t < themes.size(); t++) {
            if (!themes.get(t).byWords() || !sameLength) {
                hits[t] = countByPattern(themes.get(t), text);
            }
        }
        if (!sameLength || byFirstWord.isEmpty()) {
            return hits;
        }
        int[] words = words(folded);
        int[] next = new int[themes.size()];
        Keyword[] best = new Keyword[themes.size()];
        List<Keyword> candidates = new ArrayList<>();
        for (int w = 0; w < words.length / 2; w++) {
            String token = folded.substring(words[2 * w], words[2 * w + 1]);
            candidates.clear();
            for (String e : ENDINGS) {
                if (token.length() > e.length() && token.endsWith(e)) {
                    List<Keyword> found = byFirstWord.get(token.substring(0, token.length() - e.length()));
                    if (found != null) {
                        candidates.addAll(found);
                    }
                }
            }
            for (Keyword k : candidates) {
                int t = k.theme();
                if (next[t] <= w && (best[t] == null || k.priority() < best[t].priority())
                        && matches(folded, words, w, k)) {
                    best[t] = k;
                }
            }
            for (Keyword k : candidates) {
                int t = k.theme();
                if (best[t] != null) {
                    hits[t]++;
                    next[t] = w + best[t].words().length;
                    best[t] = null;
                }
            }
        }
        return hits;
    }

    /** Whether the theme's keywords are all read by the word matcher, not the regular expression. */
    boolean matchedOnWords(String slug) {
        return themes.stream().anyMatch(c -> c.theme().slug().equals(slug) && c.byWords());
    }

    /**
     * For each theme, the hits the word matcher counts in {@code text} and the hits its regular
     * expression counts: the test that keeps the two the same.
     */
    List<int[]> hitsBothWays(String text) {
        List<int[]> out = new ArrayList<>();
        int[] words = countAll(text);
        for (int t = 0; t < themes.size(); t++) {
            out.add(new int[] {words[t], text == null || text.isEmpty() ? 0 : countByPattern(themes.get(t), text)});
        }
        return out;
    }

    /** The text's words, as start and end offsets in turn: runs of letters and ASCII digits. */
    private static int[] words(String text) {
        int[] out = new int[16];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = i;
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Whether {@code keyword} starts at word {@code w}: its words in order, joined by white space
     * or by its own marks, an ending on the last.
     */
    private static boolean matches(String text, int[] words, int w, Keyword keyword) {
        String[] kw = keyword.words();
        if (w + kw.length > words.length / 2) {
            return false;
        }
        for (int k = 0; k < kw.length; k++) {
            int start = words[2 * (w + k)];
            int end = words[2 * (w + k) + 1];
            if (k > 0 && !joined(text, words[2 * (w + k) - 1], start, keyword.joins()[k])) {
                return false;
            }
            String part = kw[k];
            if (k < kw.length - 1) {
                if (end - start != part.length() || !text.regionMatches(start, part, 0, part.length())) {
                    return false;
                }
                continue;
            }
            if (!text.regionMatches(start, part, 0, part.length())) {
                return false;
            }
            boolean ending = false;
            for (String e : ENDINGS) {
                if (end - start == part.length() + e.length()
                        && text.regionMatches(start + part.length(), e, 0, e.length())) {
                    ending = true;
                    break;
                }
            }
            if (!ending) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text between two words is {@code join}, or, for a null join, the regular
     * expression's \\s+: one or more of space, tab, new line, vertical tab, form feed, return.
     */
    private static boolean joined(String text, int from, int to, String join) {
        if (join != null) {
            return to - from == join.length() && text.regionMatches(from, join, 0, join.length());
        }
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (" \t\n\u000B\f\r".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
