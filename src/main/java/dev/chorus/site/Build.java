package dev.chorus.site;

import dev.chorus.config.SiteConfig;
import dev.chorus.extract.Extraction;
import dev.chorus.extract.Extractor;
import dev.chorus.index.Digest;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import dev.chorus.model.Theme;
import dev.chorus.render.Renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * One build, in named phases: read and extract every source, index the digest, render every
 * page, publish. Any content error stops the build before anything is written.
 */
public final class Build {
    /**
     * @param project   the folder paths in messages are shown relative to; never written
     * @param drafts    include articles marked draft: true
     * @param dateEpoch SOURCE_DATE_EPOCH, or null: the only clock the output may show
     */
    public record Options(Path project, Path source, Path out, Path templates, SiteConfig config,
                          boolean drafts, Long dateEpoch, boolean clean) {

        public Options(Path project, Path source, Path out, Path templates, SiteConfig config, boolean drafts,
                       Long dateEpoch) {
            this(project, source, out, templates, config, drafts, dateEpoch, false);
        }
    }

    /** What a build did, for the summary line. */
    /**
     * @param pages   files the site has
     * @param written files whose bytes changed on disk (all of them on a clean build)
     * @param made    files rendered or made again; the rest were known to be unchanged
     */
    /** @param phases how long each phase took, in milliseconds, in the order they ran */
    public record Result(int articles, int speakers, int themes, int quotes, int pages, int written, int made,
                         long millis, List<String> warnings, Map<String, Long> phases) {
        public Result {
            warnings = List.copyOf(warnings);
            phases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
        }
    }

    /** Phase timings for --verbose: each call closes the phase that ran since the one before. */
    private static final class Clock {
        private final Map<String, Long> phases = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            phases.merge(phase, (now - last) / 1_000_000, Long::sum);
            last = now;
        }
    }

    /**
     * What the last build of a long-running process left in the build cache, kept in memory so
     * that the next build need not read it back (at 10,000 articles, about two seconds of every
     * rebuild in {@code serve}). One per output folder; never shared between processes.
     */
    public static final class Memory {
        private BuildCache.State state;
        private Path cacheFile;
        /** The cache file as this process left it: a build from another process changes it. */
        private Map<String, BuildStamp.FileStamp> written;
        /** Saves on a thread of their own, or null to save before a build returns. */
        private final java.util.concurrent.ExecutorService saver;
        private java.util.concurrent.CompletableFuture<Void> saving =
                java.util.concurrent.CompletableFuture.completedFuture(null);

        /** Kept between builds; each build has saved its cache when it returns. */
        public Memory() {
            this.saver = null;
        }

        private Memory(java.util.concurrent.ExecutorService saver) {
            this.saver = saver;
        }

        /**
         * Kept between builds, and each build's cache saved while the next is awaited: in
         * {@code serve} the pages reload as soon as they are published, without waiting for the
         * save (a tenth of a one-article rebuild at 10,000 articles). Call {@link #settle} before
         * the process ends.
         */
        public static Memory savingInTheBackground() {
            return new Memory(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chorus-cache-save");
                t.setDaemon(true);
                return t;
            }));
        }

        /** Waits for the last build's save. A save that failed is reported here, once. */
        public void settle() {
            java.util.concurrent.CompletableFuture<Void> pending;
            synchronized (this) {
                pending = saving;
                saving = java.util.concurrent.CompletableFuture.completedFuture(null);
            }
            try {
                pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        /**
         * Reads the cache into memory in the background, when nothing is kept yet and builds save
         * in the background; the next build waits for it as it waits for a save.
         */
        private synchronized void recallLater(BuildCache cache, String code) {
            if (saver != null && state == null) {
                saving = java.util.concurrent.CompletableFuture.runAsync(() -> {
                    // stamped before it is read: a cache another process writes meanwhile is not this one
                    Map<String, BuildStamp.FileStamp> stamp = BuildStamp.files(Map.of("cache", cache.file()));
                    BuildCache.State loaded = cache.load(code);
                    if (!loaded.pages().isEmpty()) {
                        keep(cache.file(), loaded, stamp);
                    }
                }, saver);
            }
        }

        private synchronized void save(Runnable save) {
            if (saver == null) {
                save.run();
            } else {
                saving = java.util.concurrent.CompletableFuture.runAsync(save, saver);
            }
        }

        private synchronized BuildCache.State recall(Path file, String code) {
            return state != null && file.equals(cacheFile) && code.equals(state.code())
                    && written.equals(BuildStamp.files(Map.of("cache", file))) ? state : null;
        }

        private void keep(Path file, BuildCache.State s) {
            keep(file, s, BuildStamp.files(Map.of("cache", file)));
        }

        /** @param stamp the cache file's stamp when {@code s} was in it */
        private synchronized void keep(Path file, BuildCache.State s, Map<String, BuildStamp.FileStamp> stamp) {
            cacheFile = file;
            state = s;
            written = stamp;
        }
    }

    private final Options options;
    private final Memory memory;

    public Build(Options options) {
        this(options, null);
    }

    /** @param memory kept between the builds of one process, or null */
    public Build(Options options, Memory memory) {
        this.options = options;
        this.memory = memory;
    }

    public Result run() {
        return run(new ReentrantLock());
    }

    /**
     * @param writing held while the output folder changes, and only then: the preview server
     *                takes its other side for every request, so requests wait for the writes
     *                (milliseconds) rather than for the whole build
     */
    public Result run(Lock writing) {
        long start = System.nanoTime();
        Clock clock = new Clock();
        OutputGuard.check(options.out(), options.project(), options.source(), options.templates());
        Renderer renderer = new Renderer(options.templates(), shown(options.templates()));
        TemplateGraph templates = new TemplateGraph(options.templates());
        if (memory != null) {
            // the cache and stamps the last build saved are read below
            memory.settle();
        }
        String code = BuildCache.codeFingerprint();
        BuildCache cache = new BuildCache(options.out());
        BuildStamp stamps = new BuildStamp(cache);
        String stampSettings = new Versions.Hasher().add(settings(code)).add(options.source().toAbsolutePath().toString())
                .add(options.templates().toAbsolutePath().toString()).hex();
        List<String> warnings = new ArrayList<>();
        SourceReader reader = new SourceReader(options.project(), options.config().maxFileSize());
        List<Path> files = reader.list(options.source(), warnings::add);
        Path source = options.source().toAbsolutePath().normalize();
        Map<String, Path> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(source.relativize(f.toAbsolutePath().normalize()).toString(), f));
        // taken before anything is read, so a file saved during the build differs next time
        Map<String, BuildStamp.FileStamp> sourceStamps = BuildStamp.files(byName);
        Map<String, BuildStamp.FileStamp> templateStamps = BuildStamp.tree(options.templates());
        Path out = options.out().toAbsolutePath().normalize();
        BuildStamp.Stamp last = options.clean() ? null : stamps.load();
        Result unchanged = unchanged(last, stampSettings, sourceStamps, templateStamps, out, start, clock);
        if (unchanged != null) {
            if (memory != null) {
                // "serve" on a site already built: the first edit need not wait for the cache
                memory.recallLater(cache, code);
            }
            return unchanged;
        }
        // a source whose stamp is the last build's has the bytes that build read: not read again
        Map<String, BuildStamp.FileStamp> untouched = new HashMap<>();
        if (last != null) {
            sourceStamps.forEach((name, stamp) -> {
                if (stamp.equals(last.sources().get(name))) {
                    untouched.put(name, stamp);
                }
            });
        }
        BuildCache.State remembered = memory == null || options.clean() ? null : memory.recall(cache.file(), code);
        BuildCache.State previous = options.clean() ? BuildCache.State.empty(code)
                : remembered != null ? remembered : cache.load(code);
        String extractSettings = extractionSettings(options.config(), code);
        clock.lap("start and cache");

        Map<String, BuildCache.SourceEntry> sources = read(reader, byName, untouched.keySet(), previous, extractSettings, warnings);
        List<Extraction> extractions = new ArrayList<>();
        for (BuildCache.SourceEntry e : sources.values()) {
            if (!e.extraction().draft() || options.drafts()) {
                extractions.add(e.extraction());
            }
        }
        clock.lap("read and extract");
        List<Article> articles = uniqueSlugs(extractions, warnings);
        List<Theme> newThemes = new ArrayList<>();
        extractions.forEach(e -> newThemes.addAll(e.newThemes()));
        Digest digest = new Digest(options.config(), articles, newThemes);
        clock.lap("digest");
        checkAddress(options.config(), warnings);

        Map<String, String> sourceHashOf = new HashMap<>();
        sources.values().forEach(e -> sourceHashOf.put(e.extraction().article().file(), e.contentHash()));
        Map<String, String> articleHashes = new ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> articleHashes.put(a.slug(), new Versions.Hasher()
                .add(sourceHashOf.get(a.file())).add(extractSettings).add(a.slug()).add(a.file()).hex()));
        Map<String, byte[]> assets = assets(warnings);
        Map<String, String> assetHashes = new HashMap<>();
        assets.forEach((path, bytes) -> assetHashes.put(path, new Versions.Hasher().add(bytes).hex()));
        Versions versions = new Versions(digest, articleHashes, templates, assetHashes, settings(code), previous.ranked());
        versions.prepare();

        List<Page> pages = new ArrayList<>(new SitePlan(digest, options.dateEpoch(), new FeedContent(digest, renderer)).pages());
        assets.forEach((path, bytes) -> pages.add(Page.file(path, d -> {
            d.deps().add(Versions.asset(path));
            return bytes;
        })));
        int lastDigestJson = sizeOf(out.resolve("digest.json"));
        Path partsIndex = cache.file().resolveSibling("digest-parts.txt");
        pages.add(Page.file("digest.json", d -> digestJson(digest, d, versions,
                options.clean() ? DigestParts.none() : DigestParts.load(partsIndex, out.resolve("digest.json")),
                partsIndex, lastDigestJson + lastDigestJson / 8)));
        // GitHub Pages would otherwise run the site through Jekyll
        pages.add(Page.file(".nojekyll", d -> new byte[0]));

        clock.lap("index");
        boolean incremental = !previous.pages().isEmpty() && Files.isDirectory(out);
        Map<String, BuildCache.PageRecord> records = new ConcurrentHashMap<>();
        Map<String, BuildStamp.FileStamp> keptStamps = new ConcurrentHashMap<>();
        AtomicInteger made = new AtomicInteger();
        // a site built without the cache (--clean, or by another version of Chorus) mostly has
        // the bytes the build makes: updating it writes only what differs, and deleting the old
        // copy of a large site whole took longer than making it (20 s for 22,723 files)
        Publisher publisher = new Publisher(options.out());
        Publisher.Output output = publisher.begin(incremental ? previous.pages().keySet() : publisher.existing());
        int written;
        try {
            // every page is tried, and the error reported is the first page's in plan order, so
            // the same broken input gives the same message however the threads ran
            Map<Integer, RuntimeException> failures = new ConcurrentHashMap<>();
            java.util.Arrays.stream(largestFirst(pages, last)).parallel().forEach(i -> {
                try {
                    makePage(pages.get(i), previous, incremental, out, versions, digest, renderer, records, keptStamps,
                            output, made);
                } catch (RuntimeException e) {
                    failures.put(i, e);
                }
            });
            if (!failures.isEmpty()) {
                throw failures.get(java.util.Collections.min(failures.keySet()));
            }
            clock.lap("render and stage");
            writing.lock();
            try {
                written = output.finish(records.keySet());
            } finally {
                writing.unlock();
            }
            clock.lap("publish");
        } catch (RuntimeException | Error e) {
            output.abandon();
            throw e;
        }
        // the pages' stamps are file system calls, the cache is encoding: the two run side by side,
        // and the stamps are encoded while the cache is (each took a tenth of a second of a
        // one-article rebuild at 10,000 articles, on one core); a page kept as it was has its
        // stamp from when it was checked, and publishing left it alone
        java.util.concurrent.CompletableFuture<Map<String, BuildStamp.FileStamp>> pageStamps =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    Set<String> fresh = new HashSet<>(records.keySet());
                    fresh.removeAll(keptStamps.keySet());
                    Map<String, BuildStamp.FileStamp> all = new HashMap<>(keptStamps);
                    all.putAll(BuildStamp.pages(out, fresh));
                    return all;
                });
        boolean sourcesSame = BuildCache.sameEntries(sources, previous.sources());
        BuildStamp.Summary summary = new BuildStamp.Summary(articles.size(), digest.speakers().size(),
                digest.themes().size(), digest.quoteCount(), pages.size(), warnings);
        java.util.concurrent.CompletableFuture<byte[]> stampBytes = pageStamps.thenApplyAsync(p -> CacheCodec.stamp(
                BuildStamp.of(stampSettings, sourceStamps, templateStamps, p, summary)));
        Runnable save = () -> {
            if (made.get() > 0 || !sourcesSame || !records.keySet().equals(previous.pages().keySet())) {
                BuildCache.State now = new BuildCache.State(previous.format(), code, new HashMap<>(sources),
                        new HashMap<>(records), versions.ranked());
                cache.save(now, previous);
                if (memory != null) {
                    memory.keep(cache.file(), now);
                }
            } else if (memory != null && remembered == null) {
                memory.keep(cache.file(), previous);
            }
            // written after the cache, so stamps never vouch for a cache that was not saved
            stamps.save(stampBytes::join);
        };
        if (memory != null) {
            memory.save(save);
        } else {
            save.run();
        }
        clock.lap("save cache");
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(summary.articles(), summary.speakers(), summary.themes(), summary.quotes(),
                summary.pages(), written, made.get(), millis, summary.warnings(), clock.phases);
    }

    /**
     * The result of a build that has nothing to do, or null: the sources, templates and
     * settings are those of the last finished build, and every page it wrote is still there as
     * it left it.
     */
    private static Result unchanged(BuildStamp.Stamp last, String settings, Map<String, BuildStamp.FileStamp> sources,
                                    Map<String, BuildStamp.FileStamp> templates, Path out, long start, Clock clock) {
        if (last == null || !last.settings().equals(settings) || !last.sources().equals(sources)
                || !last.templates().equals(templates) || !Files.isDirectory(out)
                || !last.pages().equals(BuildStamp.pages(out, last.pages().keySet()))) {
            return null;
        }
        clock.lap("compare file stamps");
        BuildStamp.Summary s = last.summary();
        return new Result(s.articles(), s.speakers(), s.themes(), s.quotes(), s.pages(), 0, 0,
                (System.nanoTime() - start) / 1_000_000, s.warnings(), clock.phases);
    }

    /** Files the last build wrote larger than this are made first. */
    private static final long LARGE = 256 * 1024;

    /**
     * The pages' indices in plan order, but with the files that were large last time first:
     * digest.json and the search index take a few tenths of a second each at 10,000 articles,
     * and made last they left one core working alone at the end of a one-article rebuild.
     */
    private static int[] largestFirst(List<Page> pages, BuildStamp.Stamp last) {
        List<Integer> large = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            BuildStamp.FileStamp was = last == null ? null : last.pages().get(pages.get(i).path());
            (was != null && was.size() > LARGE ? large : rest).add(i);
        }
        large.sort(java.util.Comparator.comparingLong((Integer i) -> -last.pages().get(pages.get(i).path()).size())
                .thenComparingInt(i -> i));
        large.addAll(rest);
        return large.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Makes one page, or takes it as it is when nothing it was made from changed. */
    private static void makePage(Page p, BuildCache.State previous, boolean incremental, Path out, Versions versions,
                                 Digest digest, Renderer renderer, Map<String, BuildCache.PageRecord> records,
                                 Map<String, BuildStamp.FileStamp> keptStamps, Publisher.Output output,
                                 AtomicInteger made) {
        BuildCache.PageRecord old = previous.pages().get(p.path());
        BuildStamp.FileStamp there = incremental && old != null ? BuildStamp.page(out.resolve(p.path())) : null;
        if (there != null && versions.fingerprint(p.path(), old.keys()).equals(old.fingerprint())) {
            records.put(p.path(), old);
            keptStamps.put(p.path(), there);
            return;
        }
        Deps deps = new Deps();
        PageDigest d = new PageDigest(digest, deps);
        byte[] bytes;
        if (p.template() != null) {
            deps.add(Versions.template(p.template()));
            bytes = renderer.render(p.template(), p.model().apply(d));
        } else {
            bytes = p.content().apply(d);
        }
        records.put(p.path(), new BuildCache.PageRecord(versions.fingerprint(p.path(), deps.keys()),
                List.copyOf(deps.keys())));
        output.write(p.path(), bytes);
        made.incrementAndGet();
    }


    /** Everything besides sources and templates that can change what a build writes. */
    private String settings(String code) {
        return new Versions.Hasher().add(code).add(options.config().toString())
                .add(String.valueOf(options.dateEpoch())).add(String.valueOf(options.drafts())).hex();
    }

    /** What decides an extraction besides the file itself: the taxonomy, the registry, the code. */
    private static String extractionSettings(SiteConfig config, String code) {
        return new Versions.Hasher().add(code).add(config.themes().toString()).add(config.speakers().toString())
                .add(config.boilerplate().toString()).hex();
    }

    /**
     * Every source, extracted or taken from the cache when its bytes and the extraction
     * settings are the same as last time. Content errors surface here, before anything is
     * written.
     */
    private Map<String, BuildCache.SourceEntry> read(SourceReader reader, Map<String, Path> files, Set<String> untouched,
                                                     BuildCache.State previous, String extractSettings,
                                                     List<String> warnings) {
        FrontMatterParser frontMatter = new FrontMatterParser();
        Extractor extractor = new Extractor(options.config());
        Map<String, Object> results = new ConcurrentHashMap<>();
        // a list, not the map's entries: those split badly, and the sources would be read on one core
        new ArrayList<>(files.keySet()).parallelStream().forEach(key -> {
            Path f = files.get(key);
            BuildCache.SourceEntry cached = previous.sources().get(key);
            if (untouched.contains(key) && cached != null && cached.settings().equals(extractSettings)
                    && cached.extraction().article().file().equals(reader.shownAs(f))) {
                results.put(key, cached);
                return;
            }
            try {
                byte[] bytes = reader.bytes(f);
                String hash = Versions.sourceHash(bytes);
                BuildCache.SourceEntry old = previous.sources().get(key);
                if (old != null && old.contentHash().equals(hash) && old.settings().equals(extractSettings)
                        && old.extraction().article().file().equals(reader.shownAs(f))) {
                    results.put(key, old);
                } else {
                    Extraction x = extractor.extract(frontMatter.parse(reader.decode(f, bytes)));
                    results.put(key, new BuildCache.SourceEntry(hash, extractSettings, x));
                }
            } catch (ChorusException e) {
                results.put(key, e);
            }
        });
        Map<String, BuildCache.SourceEntry> out = new LinkedHashMap<>();
        for (String key : files.keySet()) {
            Object r = results.get(key);
            if (r instanceof ChorusException e) {
                throw e;
            }
            BuildCache.SourceEntry entry = (BuildCache.SourceEntry) r;
            warnings.addAll(entry.extraction().warnings());
            out.put(key, entry);
        }
        return out;
    }

    /** Two articles with one slug: the later file gets -2, -3…; when both chose it, that is an error. */
    private static List<Article> uniqueSlugs(List<Extraction> extractions, List<String> warnings) {
        Map<String, Extraction> bySlug = new HashMap<>();
        Set<String> taken = new HashSet<>();
        extractions.forEach(e -> taken.add(e.article().slug()));
        List<Article> out = new ArrayList<>();
        for (Extraction e : extractions) {
            Article a = e.article();
            Extraction first = bySlug.get(a.slug());
            if (first == null) {
                bySlug.put(a.slug(), e);
                out.add(a);
                continue;
            }
            if (first.slugFixed() && e.slugFixed()) {
                throw new ChorusException(new SourcePos(a.file(), e.slugLine()), "slug '" + a.slug() + "' is also set by "
                        + first.article().file() + "; give one of them another slug");
            }
            int n = 2;
            while (taken.contains(a.slug() + "-" + n)) {
                n++;
            }
            String slug = a.slug() + "-" + n;
            taken.add(slug);
            warnings.add(new SourcePos(a.file(), e.slugLine()) + ": slug '" + a.slug() + "' is already used by " + first.article().file()
                    + "; this article is published as '" + slug + "' (set 'slug:' in its front matter to choose)");
            Article renamed = new Article(slug, a.file(), a.title(), a.kind(), a.opinion(), a.date(), a.summary(),
                    a.source(), a.body(), a.faq(), a.quotes(), a.speakers(), a.mentions(), a.authors(), a.themes(), a.wordCount());
            bySlug.put(slug, e);
            out.add(renamed);
        }
        return out;
    }

    /** What a site published from this configuration would get wrong. */
    private static void checkAddress(SiteConfig config, List<String> warnings) {
        if (!config.hasBaseUrl()) {
            warnings.add("baseUrl is not set, so feeds and canonical links use root-relative URLs (/articles/…), "
                    + "which are right only at the root of a domain, and no sitemap.xml is written; set baseUrl in "
                    + "chorus.yml or pass --base-url https://user.github.io/repo/");
            return;
        }
        if (config.cname() != null) {
            String host = java.net.URI.create(config.baseUrl()).getHost();
            if (host != null && !host.equalsIgnoreCase(config.cname())) {
                warnings.add("cname is " + config.cname() + " but baseUrl is on " + host
                        + "; GitHub Pages will serve the site at the cname, so feeds and canonical links would point "
                        + "elsewhere: make baseUrl https://" + config.cname() + "/");
            }
        }
    }

    /**
     * Everything under templates/assets/ is copied to assets/ as it is. A symbolic link is
     * copied only when it leads to a file inside templates/: one out of it is skipped with a
     * warning, so the site never publishes a file from elsewhere on the machine.
     */
    private Map<String, byte[]> assets(List<String> warnings) {
        Path dir = options.templates().resolve("assets");
        Map<String, byte[]> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            Path root = options.templates().toRealPath();
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    Path target;
                    try {
                        target = p.toRealPath();
                    } catch (IOException e) {
                        warnings.add(shown(p) + ": a symbolic link to nothing; not copied");
                        continue;
                    }
                    if (!target.startsWith(root)) {
                        warnings.add(shown(p) + ": a symbolic link to " + target + ", outside " + shown(options.templates())
                                + "; not copied (copy the file into " + shown(dir) + " to publish it)");
                        continue;
                    }
                }
                if (Files.isRegularFile(p)) {
                    out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(shown(dir)), "cannot read the assets: " + e.getMessage(), e);
        }
        return out;
    }

    /** A file's size, or 0 when there is none: a guess at the size of the file made in its place. */
    private static int sizeOf(Path file) {
        try {
            return (int) Math.min(Integer.MAX_VALUE / 2, Files.size(file));
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] digestJson(Digest digest, PageDigest d, Versions versions, DigestParts last, Path index,
                                     int expected) {
        // digest.json holds everything: it depends on every article, speaker, theme and echo
        d.config();
        d.chronological();
        d.speakers();
        d.themes();
        d.echoes();
        DigestJson.Written json = DigestJson.digest(digest, new Links(0, digest.config().baseUrl()), last,
                versions::digestPart, expected);
        try {
            json.parts().save(index, json.bytes());
        } catch (IOException e) {
            // only a shortcut for the next build, which then writes the file whole
        }
        return json.bytes();
    }

    private String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path project = options.project().toAbsolutePath().normalize();
        return abs.startsWith(project) && !abs.equals(project) ? project.relativize(abs).toString() : abs.toString();
    }
}
