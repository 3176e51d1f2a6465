package dev.chorus.index;

import dev.chorus.config.SiteConfig;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole digest, indexed for the pages: who said what, what is about which theme. Built
 * once per build; immutable afterwards.
 */
public final class Digest implements DigestView {
    /** Chronological: dated articles by date, then undated by file name (undated sort first). */
    static final Comparator<Article> CHRONOLOGICAL = Comparator
            .comparing((Article a) -> a.date() == null ? LocalDate.MIN : a.date())
            .thenComparing(Article::file);

    private final SiteConfig config;
    private final List<Article> chronological;
    private final List<Article> newestFirst;
    private final List<Speaker> speakers;
    private final List<Theme> themes;
    private final Map<String, Speaker> speakerBySlug = new HashMap<>();
    private final Map<String, Speaker> speakerByName = new HashMap<>();
    private final Map<String, Speaker> speakerOfName = new HashMap<>();
    private final Map<String, Theme> themeBySlug = new HashMap<>();
    private final Map<String, List<QuoteRef>> quotesBySpeaker = new HashMap<>();
    private final Map<String, List<Article>> articlesBySpeaker = new HashMap<>();
    private final Map<String, List<Scored>> articlesByTheme = new HashMap<>();
    private final Map<String, List<QuoteRef>> quotesByTheme = new HashMap<>();
    private final List<Echo> echoes;
    /** Position of each article in chronological order, by identity: records compare deeply. */
    private final Map<Article, Integer> position = new java.util.IdentityHashMap<>();
    private final Map<String, Article> articleBySlug = new HashMap<>();
    private final Map<String, Echo> echoByQuote = new HashMap<>();
    private final Map<RelatedKey, List<Related>> relatedMemo = new java.util.concurrent.ConcurrentHashMap<>();
    /** The positions of each theme's and each speaker's articles, for scoring related articles. */
    private final Map<String, int[]> themePositions = new HashMap<>();
    /** Each article's date as a day number, by chronological position; {@link #UNDATED} for none. */
    private final long[] epochDays;
    private static final long UNDATED = Long.MIN_VALUE;
    /**
     * Per-thread scores by position for {@link #findRelated}, and the positions scored: arrays
     * made by each call were 60 KB of garbage per article at 10,000 articles, the largest share
     * of what a one-article rebuild allocates. Scores are left all zero after use.
     */
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    private record Scratch(int[] scores, int[] touched) {
    }
    private final Map<String, int[]> speakerPositions = new HashMap<>();
    private static final int MAX_SCORE = (1 << 11) - 1;
    private static final long MAX_DAYS = (1L << 26) - 1;
    private static final long MAX_POSITION = (1L << 26) - 1;
    /** How far ahead an archive page looks: the pager shows two newer pages, then a gap if there are more. */
    public static final int SHELVES_AHEAD = 3;

    public Digest(SiteConfig config, List<Article> articles, List<Theme> extraThemes) {
        this.config = config;
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(CHRONOLOGICAL);
        this.chronological = List.copyOf(sorted);
        this.epochDays = new long[chronological.size()];
        for (int i = 0; i < chronological.size(); i++) {
            java.time.LocalDate d = chronological.get(i).date();
            epochDays[i] = d == null ? UNDATED : d.toEpochDay();
            position.put(chronological.get(i), i);
            articleBySlug.put(chronological.get(i).slug(), chronological.get(i));
        }
        Collections.reverse(sorted);
        this.newestFirst = List.copyOf(sorted);

        List<Theme> allThemes = new ArrayList<>(config.themes());
        extraThemes.stream().filter(t -> allThemes.stream().noneMatch(c -> c.slug().equals(t.slug())))
                .sorted(Comparator.comparing(Theme::slug)).forEach(t -> {
                    if (allThemes.stream().noneMatch(c -> c.slug().equals(t.slug()))) {
                        allThemes.add(t);
                    }
                });
        this.themes = List.copyOf(allThemes);
        themes.forEach(t -> themeBySlug.put(t.slug(), t));

        Map<String, Speaker> found = new LinkedHashMap<>();
        for (Speaker s : config.speakers()) {
            speakerByName.put(s.name(), s);
        }
        for (Article a : chronological) {
            for (String name : a.speakers()) {
                found.computeIfAbsent(name, this::speakerFor);
                List<Article> list = articlesBySpeaker.computeIfAbsent(found.get(name).slug(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != a) {
                    list.add(a);
                }
            }
            for (Quote q : a.quotes()) {
                if (q.speaker() == null) {
                    continue;
                }
                Speaker s = found.computeIfAbsent(q.speaker(), this::speakerFor);
                quotesBySpeaker.computeIfAbsent(s.slug(), k -> new ArrayList<>()).add(new QuoteRef(a, q));
                List<Article> list = articlesBySpeaker.computeIfAbsent(s.slug(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != a) {
                    list.add(a);
                }
                for (ThemeScore t : q.themes()) {
                    quotesByTheme.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(new QuoteRef(a, q));
                }
            }
            for (ThemeScore t : a.themes()) {
                articlesByTheme.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(new Scored(a, t.score()));
            }
        }
        for (List<Scored> list : articlesByTheme.values()) {
            list.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparing(s -> s.article(), CHRONOLOGICAL.reversed()));
        }
        List<Speaker> ss = new ArrayList<>(found.values());
        ss.sort(Comparator.comparing(Speaker::name).thenComparing(Speaker::slug));
        this.speakers = List.copyOf(ss);
        speakers.forEach(s -> speakerBySlug.put(s.slug(), s));
        speakers.forEach(s -> speakerOfName.put(s.name(), s));
        articlesByTheme.forEach((slug, list) -> themePositions.put(slug,
                list.stream().mapToInt(x -> position.get(x.article())).toArray()));
        articlesBySpeaker.forEach((slug, list) -> speakerPositions.put(slug,
                list.stream().mapToInt(position::get).toArray()));
        this.echoes = List.copyOf(new EchoFinder().find(chronological));
        for (Echo e : echoes) {
            for (QuoteRef q : e.quotes()) {
                echoByQuote.put(key(q.article(), q.quote()), e);
            }
        }
    }

    private static String key(Article a, Quote q) {
        return a.slug() + "#" + q.number();
    }

    /**
     * What can tie another article to this one in {@link #related}: the slugs of its speakers
     * and of the speakers of its quotes ({@code s:}), and of its themes ({@code t:}). Two
     * articles with no tie in common are never in each other's lists.
     */
    public List<String> ties(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : a.speakers()) {
            out.add("s:" + known(name).slug());
        }
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) {
                out.add("s:" + known(q.speaker()).slug());
            }
        }
        for (ThemeScore t : a.themes()) {
            out.add("t:" + t.slug());
        }
        return List.copyOf(out);
    }

    /**
     * The speaker the digest made of a name: a one-article rebuild asks for the ties of every
     * article, and making each name's slug again was most of that.
     */
    private Speaker known(String name) {
        Speaker s = speakerOfName.get(name);
        return s != null ? s : speakerFor(name);
    }

    private Speaker speakerFor(String name) {
        Speaker registered = speakerByName.get(name);
        return registered != null ? registered : Speaker.named(dev.chorus.text.Slugs.of(name), name);
    }

    @Override
    public Article article(String slug) {
        return articleBySlug.get(slug);
    }

    public SiteConfig config() {
        return config;
    }

    /** Oldest first: the order of previous/next. */
    public List<Article> chronological() {
        return chronological;
    }

    public List<Article> newestFirst() {
        return newestFirst;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    public List<Theme> themes() {
        return themes;
    }

    public Speaker speaker(String slug) {
        return speakerBySlug.get(slug);
    }

    public Speaker speakerNamed(String name) {
        return speakerOfName.get(name);
    }

    public Theme theme(String slug) {
        return themeBySlug.get(slug);
    }

    public List<QuoteRef> quotesBy(String speakerSlug) {
        return quotesBySpeaker.getOrDefault(speakerSlug, List.of());
    }

    public List<Article> articlesBy(String speakerSlug) {
        return articlesBySpeaker.getOrDefault(speakerSlug, List.of());
    }

    /** Articles on a theme, best score first. */
    public List<Scored> articlesOn(String themeSlug) {
        return articlesByTheme.getOrDefault(themeSlug, List.of());
    }

    public List<QuoteRef> quotesOn(String themeSlug) {
        return quotesByTheme.getOrDefault(themeSlug, List.of());
    }

    /** Words attributed to more than one speaker, in digest order. */
    public List<Echo> echoes() {
        return echoes;
    }

    /**
     * The other attributions of the same words: quotes by other speakers that echo this one.
     * Empty when nobody else is said to have said it.
     */
    public List<QuoteRef> echoesOf(Article article, Quote quote) {
        Echo e = echoByQuote.get(key(article, quote));
        if (e == null) {
            return List.of();
        }
        Map<String, QuoteRef> firstPerSpeakerAndArticle = new LinkedHashMap<>();
        for (QuoteRef r : e.quotes()) {
            if (!r.quote().speaker().equals(quote.speaker())) {
                firstPerSpeakerAndArticle.putIfAbsent(r.quote().speaker() + "\n" + r.article().slug(), r);
            }
        }
        return List.copyOf(firstPerSpeakerAndArticle.values());
    }

    /**
     * How many pages of {@code size} articles the archive of the article list has: the oldest
     * articles in runs of {@code size}, all but the newest {@code size} to {@code 2 * size - 1},
     * which the list's first page shows. Adding an article at the front changes the first page
     * and, once in {@code size} times, makes one more archive page; the others stay as they are.
     */
    public int shelves(int size) {
        return Math.max(0, chronological.size() / size - 1);
    }

    /** Archive page {@code number} (1 for the oldest articles), or null when there is none. */
    public Shelf shelf(int number, int size) {
        int count = shelves(size);
        if (number < 1 || number > count) {
            return null;
        }
        List<Article> run = new ArrayList<>(chronological.subList((number - 1) * size, number * size));
        Collections.reverse(run);
        return new Shelf(number, run, Math.min(SHELVES_AHEAD, count - number));
    }

    /** The articles of the list's first page, newest first: those on no archive page. */
    public List<Article> front(int size) {
        return newestFirst.subList(0, newestFirst.size() - shelves(size) * size);
    }

    public int quoteCount() {
        return quotesBySpeaker.values().stream().mapToInt(List::size).sum();
    }

    /** An article's place in {@link #newestFirst()}: 0 for the newest. */
    public int newestRank(Article a) {
        Integer i = position.get(a);
        return i == null ? Integer.MAX_VALUE : chronological.size() - 1 - i;
    }

    /**
     * Up to {@code limit} articles that share speakers or themes with {@code a}, best first. A
     * shared speaker counts twice, a shared theme once; ties go to the article nearest in time
     * (by date; undated articles count as far), then to the newer one. Only the articles
     * compared decide the order, so adding an article elsewhere never reorders another
     * article's list (which keeps incremental builds small).
     */
    @Override
    public List<Related> related(Article a, int limit) {
        // asked twice per article page (its version, then its page), and costly on a large digest
        return relatedMemo.computeIfAbsent(new RelatedKey(a, limit), k -> findRelated(a, limit));
    }

    private record RelatedKey(Article article, int limit) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RelatedKey k && k.article == article && k.limit == limit;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article) * 31 + limit;
        }
    }

    private List<Related> findRelated(Article a, int limit) {
        Integer self = position.get(a);
        if (self == null || limit <= 0) {
            return List.of();
        }
        // scores by position, and the positions scored: a theme of a large digest holds
        // thousands of articles, too many for a map entry or a comparator call each
        Scratch mine = scratch.get();
        if (mine == null || mine.scores().length != chronological.size()) {
            mine = new Scratch(new int[chronological.size()], new int[chronological.size()]);
            scratch.set(mine);
        }
        int[] scores = mine.scores();
        int[] touched = mine.touched();
        int count = 0;
        List<int[]> sharing = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String name : a.speakers()) {
            Speaker s = speakerOfName.get(name);
            if (s != null && speakerPositions.containsKey(s.slug())) {
                sharing.add(speakerPositions.get(s.slug()));
                weights.add(2);
            }
        }
        for (ThemeScore t : a.themes()) {
            if (themePositions.containsKey(t.slug())) {
                sharing.add(themePositions.get(t.slug()));
                weights.add(1);
            }
        }
        for (int k = 0; k < sharing.size(); k++) {
            int weight = weights.get(k);
            for (int at : sharing.get(k)) {
                if (scores[at] == 0) {
                    touched[count++] = at;
                }
                scores[at] += weight;
            }
        }
        scores[self] = 0;
        // best first: score, then days apart, then the newer, packed into one number so the
        // smallest is best; a small top-k, not a sort of thousands
        long[] best = new long[limit];
        int have = 0;
        for (int n = 0; n < count; n++) {
            int at = touched[n];
            if (scores[at] == 0) {
                continue;
            }
            long scoreKey = (long) (MAX_SCORE - Math.min(scores[at], MAX_SCORE)) << 52;
            if (have == limit && scoreKey > best[have - 1]) {
                // a lower score loses whatever the days; most candidates end here
                continue;
            }
            long days = Math.min(daysApart(epochDays[self], epochDays[at]), MAX_DAYS);
            long key = scoreKey | (days << 26) | (MAX_POSITION - at);
            if (have == limit && key >= best[have - 1]) {
                continue;
            }
            int i = have == limit ? have - 1 : have++;
            while (i > 0 && best[i - 1] > key) {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = key;
        }
        for (int n = 0; n < count; n++) {
            scores[touched[n]] = 0;
        }
        scores[self] = 0;
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < have; i++) {
            top.add((int) (MAX_POSITION - (best[i] & MAX_POSITION)));
        }
        List<Related> out = new ArrayList<>();
        for (Integer e : top) {
            Article other = chronological.get(e);
            List<String> speakers = a.speakers().stream().filter(n -> articlesByName(n).stream().anyMatch(x -> x == other)).toList();
            List<String> themes = a.themes().stream().map(ThemeScore::slug)
                    .filter(slug -> other.themes().stream().anyMatch(t -> t.slug().equals(slug))).toList();
            out.add(new Related(other, speakers, themes));
        }
        return List.copyOf(out);
    }

    private static long daysApart(long a, long b) {
        return a == UNDATED || b == UNDATED ? Long.MAX_VALUE : Math.abs(a - b);
    }

    private List<Article> articlesByName(String name) {
        Speaker s = speakerOfName.get(name);
        return s == null ? List.of() : articlesBy(s.slug());
    }

    public Article previous(Article a) {
        Integer i = position.get(a);
        return i != null && i > 0 ? chronological.get(i - 1) : null;
    }

    public Article next(Article a) {
        Integer i = position.get(a);
        return i != null && i + 1 < chronological.size() ? chronological.get(i + 1) : null;
    }

    @Override
    public String toString() {
        return "Digest[" + chronological.size() + " articles, " + speakers.size() + " speakers, "
                + themes.size() + " themes]";
    }

}
