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

    /**
     * One quote with a speaker and enough words, as numbers: words and speakers are numbered
     * once, so the millions of comparisons between candidates compare ints, not strings.
     *
     * @param sorted    the words in order, for a bound on how many two quotes share
     * @param signature a bit for each of its words (of 64, by word number): a quicker bound still
     */
    private record Entry(QuoteRef ref, int speaker, int[] words, int[] sorted, long signature) {
    }

    List<Echo> find(List<Article> chronological) {
        List<QuoteRef> quoted = new ArrayList<>();
        for (Article a : chronological) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null) {
                    quoted.add(new QuoteRef(a, q));
                }
            }
        }
        String[][] texts = quoted.parallelStream().map(r -> words(r.quote().text())).toArray(String[][]::new);
        Map<String, Integer> wordIds = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        Map<String, Integer> speakerIds = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String[] w = texts[i];
            if (w.length < MIN_WORDS || !distinctive(w)) {
                continue;
            }
            int[] ids = new int[w.length];
            for (int k = 0; k < w.length; k++) {
                ids[k] = wordIds.computeIfAbsent(w[k], x -> {
                    vocabulary.add(x);
                    return vocabulary.size() - 1;
                });
            }
            int[] sorted = ids.clone();
            java.util.Arrays.sort(sorted);
            QuoteRef ref = quoted.get(i);
            entries.add(new Entry(ref, speakerIds.computeIfAbsent(ref.quote().speaker(), x -> speakerIds.size()),
                    ids, sorted, signature(ids)));
        }
        // three-word runs as numbers, each with the quotes it occurs in (in ascending order)
        Numbering pairIds = new Numbering();
        Numbering runIds = new Numbering();
        IntList ties = new IntList();
        List<IntList> postings = new ArrayList<>();
        int[][] runsOf = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            int[] w = entries.get(i).words();
            int[] t = new int[Math.max(0, w.length - 2)];
            for (int k = 0; k + 2 < w.length; k++) {
                int pair = pairIds.of(((long) w[k] << 32) | w[k + 1]);
                int run = runIds.of(((long) pair << 32) | w[k + 2]);
                if (run == postings.size()) {
                    postings.add(new IntList());
                    ties.add(tie(vocabulary.get(w[k]), vocabulary.get(w[k + 1]), vocabulary.get(w[k + 2])));
                }
                t[k] = run;
            }
            java.util.Arrays.sort(t);
            int n = 0;
            for (int k = 0; k < t.length; k++) {
                if (n == 0 || t[n - 1] != t[k]) {
                    t[n++] = t[k];
                    postings.get(t[k]).add(i);
                }
            }
            runsOf[i] = java.util.Arrays.copyOf(t, n);
        }
        int[] counts = new int[postings.size()];
        for (int r = 0; r < counts.length; r++) {
            counts[r] = postings.get(r).size;
        }
        // Echoing quotes share most of their three-word runs, so they share their rarest ones:
        // only quotes met through those are compared, which keeps common phrasing from pairing
        // everything with everything. Each quote is compared with those after it, on all cores.
        int[][] echoing = java.util.stream.IntStream.range(0, entries.size()).parallel().mapToObj(i -> {
            IntList candidates = new IntList();
            for (int run : rarest(runsOf[i], counts, ties)) {
                IntList list = postings.get(run);
                if (list.size > MAX_POSTINGS) {
                    break;
                }
                for (int x = list.firstAbove(i); x < list.size; x++) {
                    candidates.add(list.values[x]);
                }
            }
            Entry a = entries.get(i);
            IntList found = new IntList();
            for (int j : candidates.sortedDistinct()) {
                Entry b = entries.get(j);
                // of half a million candidates at 10,000 articles, a few hundred pass the bound on
                // shared words; the signatures turn most of the rest away without reading a word
                if (a.speaker() != b.speaker() && couldShare(a, b) && couldEcho(a.sorted(), b.sorted())
                        && echoes(a.words(), b.words())) {
                    found.add(j);
                }
            }
            return java.util.Arrays.copyOf(found.values, found.size);
        }).toArray(int[][]::new);
        int[] parent = new int[entries.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < entries.size(); i++) {
            for (int j : echoing[i]) {
                parent[find(parent, i)] = find(parent, j);
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

    /**
     * A quote's {@link #RAREST} rarest runs, rarest first; among runs as rare, the order of a
     * hash of their words, which does not depend on where in the digest the runs were first met.
     */
    private static int[] rarest(int[] runs, int[] counts, IntList ties) {
        int[] out = new int[Math.min(RAREST, runs.length)];
        boolean[] taken = new boolean[runs.length];
        for (int k = 0; k < out.length; k++) {
            int best = -1;
            for (int r = 0; r < runs.length; r++) {
                if (!taken[r] && (best < 0 || rarer(runs[r], runs[best], counts, ties))) {
                    best = r;
                }
            }
            taken[best] = true;
            out[k] = runs[best];
        }
        return out;
    }

    private static boolean rarer(int a, int b, int[] counts, IntList ties) {
        int c = Integer.compare(counts[a], counts[b]);
        if (c == 0) {
            c = Integer.compare(ties.values[a], ties.values[b]);
        }
        return c < 0 || c == 0 && a < b;
    }

    private static int tie(String a, String b, String c) {
        return (a.hashCode() * 31 + b.hashCode()) * 31 + c.hashCode();
    }

    /**
     * Numbers distinct longs 0, 1, 2… in order of first sight: an open-addressing table, as a
     * HashMap of boxed longs spent most of the digest's indexing time on a large site.
     */
    private static final class Numbering {
        private long[] keys = new long[1 << 12];
        private int[] ids = new int[1 << 12];
        private int size;

        Numbering() {
            java.util.Arrays.fill(ids, -1);
        }

        int of(long key) {
            int mask = keys.length - 1;
            int at = slot(key, mask);
            while (ids[at] >= 0) {
                if (keys[at] == key) {
                    return ids[at];
                }
                at = (at + 1) & mask;
            }
            keys[at] = key;
            ids[at] = size;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new long[oldKeys.length * 2];
            ids = new int[oldIds.length * 2];
            java.util.Arrays.fill(ids, -1);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldIds[i] >= 0) {
                    int at = slot(oldKeys[i], mask);
                    while (ids[at] >= 0) {
                        at = (at + 1) & mask;
                    }
                    keys[at] = oldKeys[i];
                    ids[at] = oldIds[i];
                }
            }
        }
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

        /** The index of the first value above {@code v}; the values are in ascending order. */
        int firstAbove(int v) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
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

    private static long signature(int[] words) {
        long s = 0;
        for (int w : words) {
            s |= 1L << ((w * 0x9E3779B9) >>> 26);
        }
        return s;
    }

    /**
     * {@link #couldEcho} from the signatures alone, never false when it is true: each bit of the
     * shorter quote's signature missing from the longer's is at least one word of the shorter
     * that the longer lacks, and more than a fifth of its words missing is too many.
     */
    private static boolean couldShare(Entry a, Entry b) {
        Entry shorter = a.words().length <= b.words().length ? a : b;
        Entry longer = shorter == a ? b : a;
        int missing = Long.bitCount(shorter.signature() & ~longer.signature());
        int n = shorter.words().length;
        return n - missing >= MIN_WORDS && n - missing >= MIN_COVERAGE * n;
    }

    /**
     * Whether the two quotes share enough words, counted with repeats, for an alignment to
     * cover the shorter: an alignment never matches more words than that, so a pair that fails
     * here is not aligned at all.
     */
    static boolean couldEcho(int[] a, int[] b) {
        int shorter = Math.min(a.length, b.length);
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = Integer.compare(a[i], b[j]);
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

    /**
     * Words anyone says: two people saying "I'm not going to either" or "It is what it is" is no
     * recycled quote. A quote needs {@link #DISTINCTIVE} words outside them to echo.
     */
    private static final Set<String> COMMON = Set.of("i", "i'm", "i've", "i'll", "i'd", "you", "you're", "we",
            "we're", "we've", "they", "they're", "he", "he's", "she", "she's", "it", "it's", "that", "that's", "this", "these",
            "those", "a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "for", "with",
            "from", "by", "about", "as", "not", "no", "yes", "do", "does", "did", "don't", "doesn't", "didn't", "can",
            "can't", "will", "won't", "would", "could", "should", "is", "isn't", "are", "aren't", "was", "wasn't",
            "were", "be", "been", "being", "am", "have", "has", "had", "there", "here", "what", "when", "where", "who",
            "how", "why", "all", "any", "just", "very", "too", "also", "either", "neither", "going", "get", "got",
            "me", "my", "our", "us", "your", "their", "them", "him", "her", "his", "its", "than", "then", "now",
            "out", "up", "one", "more", "some", "much", "really", "know", "think", "say", "said", "want", "go",
            "well", "oh", "okay", "ok", "thing", "things", "way", "good", "right", "time", "there's", "let's");
    static final int DISTINCTIVE = 4;

    static boolean distinctive(String[] words) {
        int n = 0;
        for (String w : words) {
            if (!COMMON.contains(w) && ++n >= DISTINCTIVE) {
                return true;
            }
        }
        return false;
    }

    /** {@link #echoes(int[], int[])} for words as text. */
    static boolean echoes(String[] a, String[] b) {
        if (!distinctive(a.length <= b.length ? a : b)) {
            return false;
        }
        Map<String, Integer> ids = new HashMap<>();
        return echoes(java.util.Arrays.stream(a).mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray(),
                java.util.Arrays.stream(b).mapToInt(w -> ids.computeIfAbsent(w, x -> ids.size())).toArray());
    }

    /** Local alignment (Smith-Waterman on words): how much of the shorter quote the longer repeats. */
    static boolean echoes(int[] a, int[] b) {
        int[] s = a.length <= b.length ? a : b;
        int[] l = a.length <= b.length ? b : a;
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
                boolean same = s[i - 1] == l[j - 1];
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
        String folded = plain(text) ? text : withoutMarks(Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD));
        folded = folded.toLowerCase(Locale.ROOT).replace('’', '\'');
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

    /** Text that NFKD leaves as it is and that has no marks: ASCII and typographic quotes and dashes. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c != '’' && c != '‘' && c != '“' && c != '”' && c != '–' && c != '—') {
                return false;
            }
        }
        return true;
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
