package dev.chorus.site;

import dev.chorus.index.Digest;
import dev.chorus.index.Echo;
import dev.chorus.index.QuoteRef;
import dev.chorus.index.Related;
import dev.chorus.index.Scored;
import dev.chorus.index.Shelf;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current version of every input a page can depend on, as a hash. A page recorded with
 * the same keys and the same versions as last time would come out byte for byte the same, so
 * it is not made again.
 *
 * <ul>
 *   <li>{@code config}: chorus.yml and the command-line settings;</li>
 *   <li>{@code articles}: every article, in order;</li>
 *   <li>{@code a:<slug>}: one article (its source, the settings that shape its extraction, its slug);</li>
 *   <li>{@code nb:<slug>}: which articles come before and after it;</li>
 *   <li>{@code speakers}, {@code themes}: the lists and their records (not what each holds);</li>
 *   <li>{@code s:<slug>}, {@code t:<slug>}: one speaker or theme with its quotes and articles;</li>
 *   <li>{@code sr:<slug>}, {@code sn:<name>}, {@code tr:<slug>}: just the speaker or theme record;</li>
 *   <li>{@code echoes}, {@code e:<slug>}: all echoes, or those of one article's quotes;</li>
 *   <li>{@code shelf:<size>:<number>}: one archive page of the article list;</li>
 *   <li>{@code tpl:<name>}: a template and every template it imports or includes;</li>
 *   <li>{@code asset:<path>}: a file under templates/assets/.</li>
 * </ul>
 */
final class Versions {
    static final String CONFIG = "config";
    static final String ARTICLES = "articles";
    static final String SPEAKERS = "speakers";
    static final String THEMES = "themes";
    static final String ECHOES = "echoes";

    static String article(String slug) {
        return "a:" + slug;
    }

    static String neighbours(String slug) {
        return "nb:" + slug;
    }

    static String speaker(String slug) {
        return "s:" + slug;
    }

    static String speakerRecord(String slug) {
        return "sr:" + slug;
    }

    static String speakerNamed(String name) {
        return "sn:" + name;
    }

    static String theme(String slug) {
        return "t:" + slug;
    }

    static String themeRecord(String slug) {
        return "tr:" + slug;
    }

    static String echoesOf(String slug) {
        return "e:" + slug;
    }

    /** {@code rel:<limit>:<slug>}: the article's related articles, as the digest ranks them now. */
    static String related(String slug, int limit) {
        return "rel:" + limit + ":" + slug;
    }

    /** {@code shelf:<size>:<number>}: one archive page of the article list, see {@link Digest#shelf}. */
    static String shelf(int number, int size) {
        return "shelf:" + size + ":" + number;
    }

    static String template(String name) {
        return "tpl:" + name;
    }

    static String asset(String path) {
        return "asset:" + path;
    }

    private final Digest digest;
    private final Map<String, String> articleHashes;
    private final TemplateGraph templates;
    private final Map<String, String> assetHashes;
    private final String settings;
    /** Each key with its version, hashed together: what a fingerprint takes of it. */
    private final Map<String, Mix> memo = new ConcurrentHashMap<>();
    /** Never added to once made: see {@link #mixOf}. */
    private final Map<String, Mix> articleMixes = new ConcurrentHashMap<>();
    /** What the last build ranked, and each {@code rel:} key's version in this one. */
    private final BuildCache.Ranked before;
    private final Map<String, String> rankedNow = new ConcurrentHashMap<>();
    private Map<String, BuildCache.Mark> marks;
    /** The articles and ties that changed since the last build, found once when first asked. */
    private Stale stale;

    private record Stale(Set<String> articles, Set<String> ties) {
    }

    /**
     * @param articleHashes by slug: the article's source, extraction settings and slug, hashed
     * @param settings      everything else a build reads that can change its output
     * @param before        what the last build ranked, so articles none of whose ties changed keep their versions
     */
    Versions(Digest digest, Map<String, String> articleHashes, TemplateGraph templates,
             Map<String, String> assetHashes, String settings, BuildCache.Ranked before) {
        this.digest = digest;
        this.articleHashes = articleHashes;
        this.templates = templates;
        this.assetHashes = assetHashes;
        this.settings = settings;
        this.before = before;
    }

    /** What the next build needs to keep the versions of related lists that cannot have changed. */
    BuildCache.Ranked ranked() {
        return new BuildCache.Ranked(settings, marks(), new java.util.HashMap<>(rankedNow));
    }

    private synchronized Map<String, BuildCache.Mark> marks() {
        if (marks == null) {
            Map<String, BuildCache.Mark> m = new ConcurrentHashMap<>();
            digest.chronological().parallelStream().forEach(a -> m.put(a.slug(), new BuildCache.Mark(hashOf(a), digest.ties(a))));
            marks = m;
        }
        return marks;
    }

    /**
     * Finds what changed since the last build now, on every core, rather than in the first page
     * that asks while the other pages wait for it (about 0.15 s at 10,000 articles).
     */
    void prepare() {
        if (!before.articles().isEmpty()) {
            stale();
        }
    }

    /**
     * An article's related list depends on it and on the articles it shares a tie with, and on
     * nothing else: it may have changed only when the article changed, or when an article added,
     * removed or changed had one of its ties, before or after.
     */
    private synchronized Stale stale() {
        if (stale == null) {
            Map<String, BuildCache.Mark> now = marks();
            Set<String> articles = new java.util.HashSet<>();
            Set<String> ties = new java.util.HashSet<>();
            now.forEach((slug, mark) -> {
                BuildCache.Mark old = before.articles().get(slug);
                if (!mark.equals(old)) {
                    articles.add(slug);
                    ties.addAll(mark.ties());
                    if (old != null) {
                        ties.addAll(old.ties());
                    }
                }
            });
            before.articles().forEach((slug, old) -> {
                if (!now.containsKey(slug)) {
                    ties.addAll(old.ties());
                }
            });
            stale = new Stale(articles, ties);
        }
        return stale;
    }

    /** The last build's version of a {@code rel:} key, when nothing it ranked from has changed; else null. */
    private String rankedBefore(String key, String slug) {
        String version = before.versions().get(key);
        if (version == null || !before.settings().equals(settings)) {
            return null;
        }
        Stale s = stale();
        BuildCache.Mark mark = marks().get(slug);
        if (mark == null || s.articles().contains(slug)) {
            return null;
        }
        for (String tie : mark.ties()) {
            if (s.ties().contains(tie)) {
                return null;
            }
        }
        return version;
    }

    /** One key and its version, or "gone" when what it names no longer exists, hashed together. */
    private Mix versioned(String key) {
        Mix v = memo.get(key);
        if (v == null) {
            v = new Mix().add(key).add(compute(key));
            memo.put(key, v);
        }
        return v;
    }

    /**
     * A page's fingerprint: its path, the settings, and the version of every key it read. A
     * large site checks hundreds of thousands of keys on every build, so each key and its
     * version are hashed once and a page takes their hash, not their text.
     */
    String fingerprint(String path, Iterable<String> keys) {
        Mix h = new Mix();
        h.add(path).add(settings);
        for (String k : keys) {
            h.add(versioned(k));
        }
        return h.hex();
    }

    /**
     * The version of one part of digest.json, named by its {@code a:}, {@code s:} or {@code t:}
     * key: an article and the records of the speakers it names, or a speaker or theme with what
     * it holds, under the settings (which hold the site's address and the code).
     */
    String digestPart(String key) {
        java.util.List<String> keys = new java.util.ArrayList<>(4);
        keys.add(key);
        if (key.startsWith("a:")) {
            Article a = digest.article(key.substring(2));
            if (a != null) {
                a.speakers().forEach(n -> keys.add(speakerNamed(n)));
            }
        }
        return fingerprint("digest.json", keys);
    }

    private String compute(String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String arg = colon < 0 ? "" : key.substring(colon + 1);
        Mix h = new Mix();
        switch (kind) {
            case CONFIG -> h.add(settings);
            case ARTICLES -> digest.chronological().forEach(a -> h.add(a.slug()).add(mixOf(a)));
            // the lists and their records only: a page that reads a speaker's quotes or a
            // theme's articles asks for them, and so depends on that speaker or theme as well
            case SPEAKERS -> digest.speakers().forEach(s -> h.add(s.toString()));
            case THEMES -> digest.themes().forEach(t -> h.add(t.toString()));
            case ECHOES -> digest.echoes().forEach(e -> echo(h, e));
            case "a" -> {
                Article a = digest.article(arg);
                h.add(a == null ? "gone" : hashOf(a));
            }
            case "nb" -> {
                Article a = digest.article(arg);
                if (a == null) {
                    h.add("gone");
                } else {
                    Article prev = digest.previous(a);
                    Article next = digest.next(a);
                    neighbour(h, prev);
                    neighbour(h, next);
                }
            }
            case "s" -> {
                Speaker s = digest.speaker(arg);
                h.add(String.valueOf(s));
                if (s != null) {
                    for (QuoteRef q : digest.quotesBy(arg)) {
                        h.add(mixOf(q.article())).add(Integer.toString(q.quote().number()));
                    }
                    digest.articlesBy(arg).forEach(a -> h.add(mixOf(a)));
                }
            }
            case "t" -> {
                Theme t = digest.theme(arg);
                h.add(String.valueOf(t));
                if (t != null) {
                    for (Scored s : digest.articlesOn(arg)) {
                        h.add(mixOf(s.article())).add(Double.toString(s.score()));
                    }
                    for (QuoteRef q : digest.quotesOn(arg)) {
                        h.add(mixOf(q.article())).add(Integer.toString(q.quote().number()));
                    }
                }
            }
            case "sr" -> h.add(String.valueOf(digest.speaker(arg)));
            case "sn" -> h.add(String.valueOf(digest.speakerNamed(arg)));
            case "tr" -> h.add(String.valueOf(digest.theme(arg)));
            case "e" -> {
                Article a = digest.article(arg);
                if (a != null) {
                    for (Quote q : a.quotes()) {
                        for (QuoteRef r : digest.echoesOf(a, q)) {
                            h.add(q.number() + ">" + r.quote().speaker() + "@" + r.article().slug() + "#"
                                    + r.quote().paragraph() + ":" + r.article().title());
                        }
                    }
                }
            }
            case "rel" -> {
                int colon2 = arg.indexOf(':');
                String slug = arg.substring(colon2 + 1);
                String kept = rankedBefore(key, slug);
                if (kept != null) {
                    rankedNow.put(key, kept);
                    return kept;
                }
                Article a = digest.article(slug);
                if (a != null) {
                    for (Related r : digest.related(a, Integer.parseInt(arg.substring(0, colon2)))) {
                        h.add(mixOf(r.article())).add(r.speakers().toString()).add(r.themes().toString());
                    }
                }
                String version = h.hex();
                rankedNow.put(key, version);
                return version;
            }
            case "shelf" -> {
                int colon2 = arg.indexOf(':');
                Shelf shelf = digest.shelf(Integer.parseInt(arg.substring(colon2 + 1)), Integer.parseInt(arg.substring(0, colon2)));
                if (shelf == null) {
                    h.add("gone");
                } else {
                    shelf.articles().forEach(a -> h.add(a.slug()).add(mixOf(a)));
                    h.add(Integer.toString(shelf.newer()));
                }
            }
            case "tpl" -> h.add(templates.closureHash(arg));
            case "asset" -> h.add(String.valueOf(assetHashes.get(arg)));
            default -> h.add("unknown " + key);
        }
        return h.hex();
    }

    private void echo(Mix h, Echo e) {
        h.add(e.words());
        for (QuoteRef r : e.quotes()) {
            h.add(r.article().slug() + "#" + r.quote().number() + ":" + r.quote().speaker() + ":" + hashOf(r.article()));
        }
    }

    private void neighbour(Mix h, Article a) {
        if (a == null) {
            h.add("-");
        } else {
            h.add(a.slug()).add(mixOf(a));
        }
    }

    /**
     * An article's hash as a {@link Mix}, made once: a speaker's, a theme's or a shelf's version
     * takes the hash of each of hundreds of articles, and adding its 64 characters one by one each
     * time was most of the work of finding those versions.
     */
    private Mix mixOf(Article a) {
        return articleMixes.computeIfAbsent(a.slug(), slug -> new Mix().add(hashOf(a)));
    }

    private String hashOf(Article a) {
        String v = articleHashes.get(a.slug());
        return v == null ? "unhashed " + a.slug() : v;
    }

    /**
     * A 128-bit hash of a sequence of strings, each length-prefixed so "ab","c" differs from
     * "a","bc". For versions and page fingerprints, which only tell a build whether anything a
     * page read has changed: a rebuild hashes hundreds of thousands of keys, and SHA-256 over
     * their UTF-8 bytes was a third of the time of adding one article to a large site. Nothing
     * here has to resist a forger, only chance, and two 64-bit lanes with a strong finish
     * make a chance collision among a site's pages unthinkable.
     */
    static final class Mix {
        private long a = 0x9E3779B97F4A7C15L;
        private long b = 0xC2B2AE3D27D4EB4FL;
        private long length;

        Mix add(String s) {
            step(s.length() | 0x1_0000_0000L);
            for (int i = 0; i < s.length(); i++) {
                step(s.charAt(i));
            }
            return this;
        }

        /** Another hash, taken as two numbers. */
        Mix add(Mix other) {
            long x = finish(other.a ^ other.length);
            step(x);
            step(finish(other.b + x));
            return this;
        }

        private void step(long v) {
            a = (a ^ v) * 0x100000001B3L;
            b = Long.rotateLeft(b ^ v, 31) * 0x9FB21C651E98DF25L;
            length++;
        }

        String hex() {
            long x = finish(a ^ length);
            long y = finish(b + x);
            return HexFormat.of().toHexDigits(x) + HexFormat.of().toHexDigits(y);
        }

        /** MurmurHash3's 64-bit finaliser: every input bit flips each output bit half the time. */
        private static long finish(long k) {
            k ^= k >>> 33;
            k *= 0xFF51AFD7ED558CCDL;
            k ^= k >>> 33;
            k *= 0xC4CEB9FE1A85EC53L;
            k ^= k >>> 33;
            return k;
        }
    }

    /**
     * What a source file's bytes are, to tell an edit from a touch: its length and two checksums of
     * different polynomials. SHA-256 without the optimising compiler's intrinsic (the launcher runs
     * the quick compiler only) was 3% of a full build's CPU; the checksums are computed by the
     * processor's own instructions, and catch any edit a person makes but once in 2^64.
     */
    static String sourceHash(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return Integer.toHexString(bytes.length) + ':' + Long.toHexString(c.getValue()) + ':' + Long.toHexString(d.getValue());
    }

    /** SHA-256 of a sequence of strings, each length-prefixed so "ab","c" differs from "a","bc". */
    static final class Hasher {
        private final MessageDigest sha;

        Hasher() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hasher add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            return this;
        }

        Hasher add(byte[] b) {
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
