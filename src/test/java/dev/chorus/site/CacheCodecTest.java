package dev.chorus.site;

import dev.chorus.config.ConfigLoader;
import dev.chorus.extract.Extraction;
import dev.chorus.extract.Extractor;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.ChorusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build cache gives back exactly what was put in it, and ignores what it cannot read. */
class CacheCodecTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    /** Every article the test fixtures hold: text, Markdown and HTML, with and without dates, speakers, FAQ. */
    private static Map<String, BuildCache.SourceEntry> everyFixture() throws IOException {
        Extractor extractor = new Extractor(ConfigLoader.defaults());
        SourceReader reader = new SourceReader(Path.of(""));
        Map<String, BuildCache.SourceEntry> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            // the corpora's READMEs describe them; they are not articles
            for (Path p : walk.filter(f -> f.toString().matches(".*\\.(txt|md|html)") && !f.endsWith("README.md"))
                    .sorted().toList()) {
                try {
                    Extraction x = extractor.extract(new FrontMatterParser().parse(reader.read(p)));
                    out.put(p.toString(), new BuildCache.SourceEntry("hash of " + p, "settings", x));
                } catch (ChorusException e) {
                    // a fixture of bad input: nothing to cache
                }
            }
        }
        return out;
    }

    @Test
    void everyExtractionComesBackEqualFromTheCache() throws IOException {
        Map<String, BuildCache.SourceEntry> sources = everyFixture();
        assertTrue(sources.size() > 200, "fixtures found: " + sources.size());
        assertTrue(sources.values().stream().anyMatch(e -> e.extraction().article().date() == null));
        assertTrue(sources.values().stream().anyMatch(e -> !e.extraction().article().faq().isEmpty()));
        assertTrue(sources.values().stream().anyMatch(e -> !e.extraction().warnings().isEmpty()));
        byte[] bytes = CacheCodec.sources(sources);
        assertEquals(sources, CacheCodec.sources(bytes, 0));
        assertArrayEquals(bytes, CacheCodec.sources(CacheCodec.sources(bytes, 0)), "the same entries give the same bytes");
    }

    @Test
    void pageRecordsAndRankedArticlesComeBackEqualFromTheCache() {
        Map<String, BuildCache.PageRecord> pages = Map.of(
                "index.html", new BuildCache.PageRecord("f1", List.of("config", "articles", "tpl:index.ftlh")),
                "articles/é/index.html", new BuildCache.PageRecord("f2", List.of("config", "a:é", "sn:Zoë Ångström")),
                "empty", new BuildCache.PageRecord("f3", List.of()));
        BuildCache.Ranked ranked = new BuildCache.Ranked("settings",
                Map.of("é", new BuildCache.Mark("h1", List.of("s:zoe-angstrom", "t:money")),
                        "b", new BuildCache.Mark("h2", List.of())),
                Map.of("rel:5:é", "v1", "rel:5:b", "v2"));
        CacheCodec.Pages back = CacheCodec.pages(CacheCodec.pages(pages, ranked), 0);
        assertEquals(pages, back.pages());
        assertEquals(ranked, back.ranked());
    }

    @Test
    void aBuildStampComesBackEqual() {
        Map<String, BuildStamp.FileStamp> files = new java.util.TreeMap<>(Map.of(
                "001_é.txt", new BuildStamp.FileStamp(1234, 1_700_000_000_123_456_789L, "(dev=803,ino=12)/2026-11-23T06:27:38Z"),
                "002.md", new BuildStamp.FileStamp(0, -1, "(dev=803,ino=13)/")));
        BuildStamp.Stamp stamp = BuildStamp.of("settings", files, Map.of(), files,
                new BuildStamp.Summary(3, 2, 5, 29, 52, List.of("a warning", "another")));
        assertEquals(stamp, CacheCodec.stamp(CacheCodec.stamp(stamp), 0));
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored(@TempDir Path tmp) throws IOException {
        BuildCache cache = new BuildCache(tmp.resolve("site"));
        Map<String, BuildCache.SourceEntry> sources = everyFixture();
        BuildCache.State state = new BuildCache.State("chorus-cache-5", "code", sources,
                Map.of("index.html", new BuildCache.PageRecord("f", List.of("config"))), BuildCache.Ranked.NONE);
        cache.save(state, BuildCache.State.empty("code"));
        assertEquals(sources, cache.load("code").sources());
        assertTrue(cache.load("other code").sources().isEmpty(), "a cache written by other code");

        Path shard = cache.file().resolveSibling("sources-03.bin");
        byte[] bytes = Files.readAllBytes(shard);
        Files.write(shard, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        BuildCache.State damaged = cache.load("code");
        assertTrue(damaged.sources().isEmpty() && damaged.pages().isEmpty(), "a cut-off shard");
    }
}
