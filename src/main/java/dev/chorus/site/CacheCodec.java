package dev.chorus.site;

import dev.chorus.extract.Extraction;
import dev.chorus.model.Article;
import dev.chorus.model.Block;
import dev.chorus.model.DeferredList;
import dev.chorus.model.Faq;
import dev.chorus.model.Kind;
import dev.chorus.model.Quote;
import dev.chorus.model.Theme;
import dev.chorus.model.ThemeScore;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The build cache's own binary form: every field of the model written out by hand, in order.
 * Java serialization of the same records took most of an incremental build at 10,000 articles
 * (over a second to read back, half a second to write): it describes every class in the stream
 * and builds each record through reflection. A change to the model changes the code
 * fingerprint, so a cache in an older form is never read; the round-trip test holds the two
 * sides of this class together.
 */
final class CacheCodec {
    private CacheCodec() {
    }

    static byte[] sources(Map<String, BuildCache.SourceEntry> sources) {
        Out out = new Out();
        out.map(sources, (o, e) -> {
            o.string(e.contentHash());
            o.string(e.settings());
            extraction(o, e.extraction());
        });
        return out.bytes();
    }

    /** The sources written in {@code bytes} from {@code from} on. */
    static Map<String, BuildCache.SourceEntry> sources(byte[] bytes, int from) {
        In in = new In(bytes, from);
        return in.end(in.map(i -> new BuildCache.SourceEntry(i.string(), i.string(), extraction(i))));
    }

    /** What cache.bin holds: the page records, and what related articles were ranked from. */
    record Pages(Map<String, BuildCache.PageRecord> pages, BuildCache.Ranked ranked) {
    }

    static byte[] pages(Map<String, BuildCache.PageRecord> pages, BuildCache.Ranked ranked) {
        Out out = new Out();
        out.mapOnce(pages, (o, r) -> {
            o.once(r.fingerprint());
            o.strings(r.keys());
        });
        out.string(ranked.settings());
        out.map(ranked.articles(), (o, m) -> {
            o.once(m.hash());
            o.strings(m.ties());
        });
        out.map(ranked.versions(), Out::once);
        return out.bytes();
    }

    /** What {@link #pages(Map, BuildCache.Ranked)} wrote in {@code bytes} from {@code from} on. */
    static Pages pages(byte[] bytes, int from) {
        In in = new In(bytes, from);
        Map<String, BuildCache.PageRecord> pages = in.mapOnce(i -> new BuildCache.PageRecord(i.once(), i.strings()));
        String settings = in.string();
        Map<String, BuildCache.Mark> articles = in.map(i -> new BuildCache.Mark(i.once(), i.strings()));
        return in.end(new Pages(pages, new BuildCache.Ranked(settings, articles, in.map(In::once))));
    }

    /** A build's stamp, for {@link BuildStamp}: tens of thousands of file stamps, read on every build. */
    static byte[] stamp(BuildStamp.Stamp stamp) {
        Out out = new Out();
        out.string(stamp.format());
        out.string(stamp.settings());
        for (Map<String, BuildStamp.FileStamp> files : List.of(stamp.sources(), stamp.templates(), stamp.pages())) {
            out.mapOnce(files, (o, f) -> {
                o.number(f.size());
                o.number(f.modified());
                o.once(f.identity());
            });
        }
        BuildStamp.Summary s = stamp.summary();
        for (int n : new int[] {s.articles(), s.speakers(), s.themes(), s.quotes(), s.pages()}) {
            out.number(n);
        }
        out.strings(s.warnings());
        return out.bytes();
    }

    /** What {@link #stamp(BuildStamp.Stamp)} wrote in {@code bytes} from {@code from} on. */
    static BuildStamp.Stamp stamp(byte[] bytes, int from) {
        In in = new In(bytes, from);
        String format = in.string();
        String settings = in.string();
        List<Map<String, BuildStamp.FileStamp>> files = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            files.add(in.mapOnce(i -> new BuildStamp.FileStamp(i.number(), i.number(), i.once())));
        }
        BuildStamp.Summary summary = new BuildStamp.Summary((int) in.number(), (int) in.number(), (int) in.number(),
                (int) in.number(), (int) in.number(), in.strings());
        return in.end(new BuildStamp.Stamp(format, settings, files.get(0), files.get(1), files.get(2), summary));
    }

    private static void extraction(Out o, Extraction x) {
        article(o, x.article());
        o.bool(x.draft());
        o.bool(x.slugFixed());
        o.list(x.newThemes(), (w, t) -> {
            w.string(t.slug());
            w.string(t.title());
            w.string(t.description());
            w.strings(t.keywords());
        });
        o.strings(x.warnings());
        o.number(x.slugLine());
    }

    private static Extraction extraction(In i) {
        Article a = article(i);
        boolean draft = i.bool();
        boolean slugFixed = i.bool();
        List<Theme> themes = i.list(r -> new Theme(r.string(), r.string(), r.string(), r.strings()));
        List<String> warnings = i.strings();
        return new Extraction(a, draft, slugFixed, themes, warnings, (int) i.number());
    }

    private static void article(Out o, Article a) {
        o.string(a.slug());
        o.string(a.file());
        o.string(a.title());
        o.string(a.kind().name());
        o.bool(a.opinion());
        o.bool(a.date() != null);
        if (a.date() != null) {
            o.number(a.date().toEpochDay());
        }
        o.string(a.summary());
        o.string(a.source());
        if (a.body() instanceof DeferredList<Block> d && d.origin() instanceof Blob b) {
            o.blob(b);
        } else {
            Out body = new Out();
            body.list(a.body(), (w, b) -> {
                w.number(b.type().ordinal());
                w.number(b.number());
                w.string(b.text());
                w.string(b.html());
                w.list(b.quotes(), (v, q) -> {
                    v.number(q.start());
                    v.number(q.end());
                    v.number(q.quote());
                });
            });
            o.blob(body.written());
        }
        o.list(a.faq(), (w, f) -> {
            w.string(f.question());
            w.string(f.answer());
        });
        o.list(a.quotes(), (w, q) -> {
            w.string(q.text());
            w.string(q.speaker());
            w.string(q.speakerSlug());
            w.number(q.paragraph());
            w.number(q.number());
            scores(w, q.themes());
        });
        o.strings(a.speakers());
        o.strings(a.mentions());
        o.strings(a.authors());
        scores(o, a.themes());
        o.number(a.wordCount());
    }

    private static Article article(In i) {
        String slug = i.string();
        String file = i.string();
        String title = i.string();
        Kind kind = Kind.valueOf(i.string());
        boolean opinion = i.bool();
        LocalDate date = i.bool() ? LocalDate.ofEpochDay(i.number()) : null;
        String summary = i.string();
        String source = i.string();
        Blob blob = i.blob();
        List<Block> body = new DeferredList<>(blob, () -> body(blob));
        List<Faq> faq = i.list(r -> new Faq(r.string(), r.string()));
        List<Quote> quotes = i.list(r -> new Quote(r.string(), r.string(), r.string(), (int) r.number(),
                (int) r.number(), scores(r)));
        List<String> speakers = i.strings();
        List<String> mentions = i.strings();
        List<String> authors = i.strings();
        List<ThemeScore> themes = scores(i);
        return new Article(slug, file, title, kind, opinion, date, summary, source, body, faq, quotes, speakers,
                mentions, authors, themes, (int) i.number());
    }

    /** A body written on its own, with its own shared strings, so it can be read later or copied as it is. */
    private static List<Block> body(Blob blob) {
        In in = new In(blob.buf(), blob.from(), blob.from() + blob.length());
        return in.end(in.list(r -> new Block(Block.Type.values()[(int) r.number()], (int) r.number(), r.string(),
                r.string(), r.list(v -> new Block.QuoteSpan((int) v.number(), (int) v.number(), (int) v.number())))));
    }

    /** Bytes within a larger array: a body in the cache file it was read from, which it keeps alive. */
    private record Blob(byte[] buf, int from, int length) {
    }

    private static void scores(Out o, List<ThemeScore> scores) {
        o.list(scores, (w, s) -> {
            w.string(s.slug());
            w.real(s.score());
        });
    }

    private static List<ThemeScore> scores(In i) {
        return i.list(r -> new ThemeScore(r.string(), r.real()));
    }

    /**
     * Writes numbers as variable-length integers and strings as UTF-8, each short string once:
     * later uses refer back to it, so the few thousand names, slugs and keys a large site
     * repeats millions of times are read as one shared string each.
     */
    private static final class Out {
        private static final int SHARED = 80;
        private byte[] buf = new byte[1 << 16];
        private int size;
        private final Map<String, Integer> seen = new HashMap<>();

        interface Writer<T> {
            void write(Out out, T value);
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }

        /** What was written so far, not copied: for writing into another {@link Out} at once. */
        Blob written() {
            return new Blob(buf, 0, size);
        }

        <T> void list(List<T> list, Writer<T> each) {
            number(list.size());
            for (T t : list) {
                each.write(this, t);
            }
        }

        /** In key order, so the same map always gives the same bytes. */
        <T> void map(Map<String, T> map, Writer<T> each) {
            map(map, each, false);
        }

        /** {@link #map}, for keys that occur nowhere else: see {@link #once}. */
        <T> void mapOnce(Map<String, T> map, Writer<T> each) {
            map(map, each, true);
        }

        @SuppressWarnings("unchecked")
        private <T> void map(Map<String, T> map, Writer<T> each, boolean keysOnce) {
            number(map.size());
            // a sorted map's entries are walked as they are; looking each key up again in a
            // large TreeMap cost more than writing it
            Map.Entry<String, T>[] entries = map.entrySet().toArray(new Map.Entry[0]);
            if (!(map instanceof java.util.SortedMap<String, T> sorted && sorted.comparator() == null)) {
                Arrays.sort(entries, Map.Entry.comparingByKey());
            }
            for (Map.Entry<String, T> e : entries) {
                if (keysOnce) {
                    once(e.getKey());
                } else {
                    string(e.getKey());
                }
                each.write(this, e.getValue());
            }
        }

        void strings(List<String> list) {
            list(list, Out::string);
        }

        /** Bytes as they are, after their length. */
        void blob(Blob b) {
            number(b.length());
            room(b.length());
            System.arraycopy(b.buf(), b.from(), buf, size, b.length());
            size += b.length();
        }

        void bool(boolean b) {
            room(1);
            buf[size++] = (byte) (b ? 1 : 0);
        }

        void real(double d) {
            long v = Double.doubleToRawLongBits(d);
            room(8);
            for (int k = 0; k < 8; k++) {
                buf[size++] = (byte) (v >>> (8 * k));
            }
        }

        /** A zig-zag varint: small numbers, negative or not, take a byte or two. */
        void number(long n) {
            long v = (n << 1) ^ (n >> 63);
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        /** 0 for null; 1 and the bytes for a new string; 2 + n for the n-th shared string. */
        void string(String s) {
            if (s == null) {
                number(0);
                return;
            }
            if (s.length() <= SHARED) {
                Integer id = seen.get(s);
                if (id != null) {
                    number(2L + id);
                    return;
                }
                seen.put(s, seen.size());
            }
            fresh(s);
        }

        /**
         * A string that occurs once, such as a hash or a page's path, written out and not
         * shared: the table of shared strings stays small for the ones that repeat.
         */
        void once(String s) {
            if (s == null) {
                number(0);
                return;
            }
            fresh(s);
        }

        private void fresh(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(1);
            number(b.length);
            room(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }
    }

    /** Reads what {@link Out} wrote, in the same order. */
    private static final class In {
        private final byte[] buf;
        private int at;
        private final List<String> seen = new ArrayList<>();

        private final int to;

        In(byte[] buf, int from) {
            this(buf, from, buf.length);
        }

        In(byte[] buf, int from, int to) {
            this.buf = buf;
            this.at = from;
            this.to = to;
        }

        /** What {@link Out#blob} wrote, not copied. */
        Blob blob() {
            int n = (int) number();
            Blob b = new Blob(buf, at, n);
            at += n;
            return b;
        }

        <T> List<T> list(Function<In, T> each) {
            int n = (int) number();
            List<T> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(each.apply(this));
            }
            return out;
        }

        <T> Map<String, T> map(Function<In, T> each) {
            return map(each, false);
        }

        <T> Map<String, T> mapOnce(Function<In, T> each) {
            return map(each, true);
        }

        private <T> Map<String, T> map(Function<In, T> each, boolean keysOnce) {
            int n = (int) number();
            Map<String, T> out = new HashMap<>(n * 2);
            for (int k = 0; k < n; k++) {
                String key = keysOnce ? once() : string();
                out.put(key, each.apply(this));
            }
            return out;
        }

        /** What was read, when it was all there was. */
        <T> T end(T read) {
            if (at != to) {
                throw new IllegalStateException("the cache holds more than it should");
            }
            return read;
        }

        List<String> strings() {
            return list(In::string);
        }

        boolean bool() {
            return buf[at++] != 0;
        }

        double real() {
            long v = 0;
            for (int k = 0; k < 8; k++) {
                v |= (buf[at++] & 0xFFL) << (8 * k);
            }
            return Double.longBitsToDouble(v);
        }

        long number() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = buf[at++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            long tag = number();
            if (tag == 0) {
                return null;
            }
            if (tag >= 2) {
                return seen.get((int) (tag - 2));
            }
            String s = fresh();
            if (s.length() <= Out.SHARED) {
                seen.add(s);
            }
            return s;
        }

        /** What {@link Out#once} wrote. */
        String once() {
            return number() == 0 ? null : fresh();
        }

        private String fresh() {
            int n = (int) number();
            String s = new String(buf, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
