package dev.chorus.index;

import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.text.Chars;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds words that the digest attributes to more than one speaker, as commentary sites recycle
 * quotes. Quotes become stemmed word lists; pairs that share a three-word run are aligned, and
 * a pair echoes when the alignment covers most of the shorter quote, so small edits
 * ("destroying"/"destroy") and one quote inside a longer one both count.
 */
final class EchoFinder {
    /** Fewer words than this is a phrase anyone might use, not an echo. */
    static final int MIN_WORDS = 4;
    /** Share of the shorter quote's words the alignment must match. */
    static final double MIN_COVERAGE = 0.8;
    /** A three-word run shared by more quotes than this says nothing about who copied whom. */
    private static final int MAX_POSTINGS = 200;
    /** How many of a quote's rarest three-word runs find its candidates. */
    private static final int RAREST = 4;

    /** @param sorted the words in order, for a quick bound on how many two quotes share */
    private record Entry(QuoteRef ref, String[] words, String[] sorted) {
    }

    List<Echo> find(List<Article> chronological) {
        List<Entry> entries = new ArrayList<>();
        for (Article a : chronological) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null) {
                    String[] w = words(q.text());
                    if (w.length >= MIN_WORDS) {
                        String[] sorted = w.clone();
                        java.util.Arrays.sort(sorted);
                        entries.add(new Entry(new QuoteRef(a, q), w, sorted));
                    }
                }
            }
        }
        // three-word runs as numbers, each with the quotes it occurs in
        Map<String, Integer> ids = new HashMap<>();
        List<String> runs = new ArrayList<>();
        List<int[]> trigrams = new ArrayList<>(entries.size());
        List<IntList> postings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] w = entries.get(i).words();
            Set<String> distinct = new java.util.LinkedHashSet<>();
            for (int k = 0; k + 2 < w.length; k++) {
                distinct.add(w[k] + ' ' + w[k + 1] + ' ' + w[k + 2]);
            }
            int[] t = new int[distinct.size()];
            int n = 0;
            for (String tri : distinct) {
                Integer id = ids.get(tri);
                if (id == null) {
                    id = runs.size();
                    ids.put(tri, id);
                    runs.add(tri);
                    postings.add(new IntList());
                }
                postings.get(id).add(i);
                t[n++] = id;
            }
            trigrams.add(t);
        }
        int[] parent = new int[entries.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Comparator<Integer> rarest = Comparator.comparingInt((Integer x) -> postings.get(x).size)
                .thenComparing(runs::get);
        for (int i = 0; i < entries.size(); i++) {
            // Echoing quotes share most of their three-word runs, so they share their rarest
            // ones: only quotes met through those are compared, which keeps common phrasing
            // from pairing everything with everything.
            Integer[] t = java.util.Arrays.stream(trigrams.get(i)).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(t, rarest);
            IntList candidates = new IntList();
            for (int k = 0; k < Math.min(RAREST, t.length); k++) {
                IntList list = postings.get(t[k]);
                if (list.size > MAX_POSTINGS) {
                    break;
                }
                for (int x = 0; x < list.size; x++) {
                    if (list.values[x] > i) {
                        candidates.add(list.values[x]);
                    }
                }
            }
            Entry a = entries.get(i);
            for (int j : candidates.sortedDistinct()) {
                Entry b = entries.get(j);
                if (!a.ref().quote().speaker().equals(b.ref().quote().speaker()) && find(parent, i) != find(parent, j)
                        && couldEcho(a.sorted(), b.sorted()) && echoes(a.words(), b.words())) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Echo> echoes = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            List<QuoteRef> refs = g.stream().map(i -> entries.get(i).ref()).toList();
            String words = refs.stream().map(r -> r.quote().text()).min(Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
            echoes.add(new Echo(words, refs));
        }
        return echoes;
    }

    /** A growable list of ints, without a box for each. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] sortedDistinct() {
            int[] sorted = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (n == 0 || sorted[n - 1] != sorted[i]) {
                    sorted[n++] = sorted[i];
                }
            }
            return java.util.Arrays.copyOf(sorted, n);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether the two quotes share enough words, counted with repeats, for an alignment to
     * cover the shorter: an alignment never matches more words than that, so a pair that fails
     * here is not aligned at all.
     */
    static boolean couldEcho(String[] a, String[] b) {
        int shorter = Math.min(a.length, b.length);
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                shared++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= MIN_WORDS && shared >= MIN_COVERAGE * shorter;
    }

    /** Local alignment (Smith-Waterman on words): how much of the shorter quote the longer repeats. */
    static boolean echoes(String[] a, String[] b) {
        String[] s = a.length <= b.length ? a : b;
        String[] l = a.length <= b.length ? b : a;
        if (s.length < MIN_WORDS) {
            return false;
        }
        int[] score = new int[l.length + 1];
        int[] matches = new int[l.length + 1];
        int[] prevScore = new int[l.length + 1];
        int[] prevMatches = new int[l.length + 1];
        int bestMatches = 0;
        for (int i = 1; i <= s.length; i++) {
            int[] swap = prevScore;
            prevScore = score;
            score = swap;
            swap = prevMatches;
            prevMatches = matches;
            matches = swap;
            score[0] = 0;
            matches[0] = 0;
            for (int j = 1; j <= l.length; j++) {
                boolean same = s[i - 1].equals(l[j - 1]);
                int diag = prevScore[j - 1] + (same ? 2 : -1);
                int up = prevScore[j] - 1;
                int left = score[j - 1] - 1;
                int best = Math.max(0, Math.max(diag, Math.max(up, left)));
                score[j] = best;
                if (best == 0) {
                    matches[j] = 0;
                } else if (best == diag) {
                    matches[j] = prevMatches[j - 1] + (same ? 1 : 0);
                } else if (best == up) {
                    matches[j] = prevMatches[j];
                } else {
                    matches[j] = matches[j - 1];
                }
                bestMatches = Math.max(bestMatches, matches[j]);
            }
        }
        return bestMatches >= MIN_WORDS && bestMatches >= MIN_COVERAGE * s.length;
    }

    /** Lower-case words without punctuation, with common endings cut so word forms compare. */
    static String[] words(String text) {
        // as Normalizer.normalize(NFKD), then replaceAll("\\p{M}+", ""), then split on
        // [^\\p{L}\\p{N}']+, without a regular expression for each of the digest's quotes
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = withoutMarks(folded).toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean inWord = i < folded.length() && (c == '\'' || Character.isLetter(c) || Chars.isNumber(c));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(out, folded.substring(start, i));
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(c) : 1;
        }
        return out.toArray(String[]::new);
    }

    private static void add(List<String> out, String w) {
        int from = 0;
        int to = w.length();
        while (from < to && w.charAt(from) == '\'') {
            from++;
        }
        while (to > from && w.charAt(to - 1) == '\'') {
            to--;
        }
        String t = w.substring(from, to);
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.isEmpty()) {
            out.add(stem(t));
        }
    }

    private static String withoutMarks(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (Chars.isMark(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.appendCodePoint(c);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches")
                || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
