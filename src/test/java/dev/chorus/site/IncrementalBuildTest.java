package dev.chorus.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rebuild makes again only what depends on what changed, and leaves other files untouched. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    FixtureProject project;
    Path site;

    @BeforeEach
    void buildOnce() throws IOException {
        project = new FixtureProject(tmp.resolve("project"));
        site = tmp.resolve("project/site");
        assertEquals(project.build(site, false).pages(), project.build(site, false).pages());
        // old times, so a file written again shows a new one
        for (String f : FixtureProject.mtimes(site).keySet()) {
            Files.setLastModifiedTime(site.resolve(f), FileTime.fromMillis(1_000_000_000_000L));
        }
    }

    /** Shares no speaker and no theme with the fixture's articles. */
    private static final String UNRELATED = """
            A Fourth Voice From the Festival

            Lena Vidal runs the festival's volunteer desk.

            “We open the doors at nine and hope for the best,” Vidal said.
            """;

    private Set<String> touched() {
        Set<String> changed = new TreeSet<>();
        FixtureProject.mtimes(site).forEach((f, t) -> {
            if (t != 1_000_000_000_000L) {
                changed.add(f);
            }
        });
        return changed;
    }

    @Test
    void aRebuildWithNoChangeMakesAndWritesNothing() {
        Build.Result r = project.build(site, false);
        assertEquals(0, r.made());
        assertEquals(0, r.written());
        assertTrue(touched().isEmpty(), touched().toString());
    }

    @Test
    void aRebuildAfterAnUnchangedBuildOnlyComparesFileStamps() {
        project.build(site, false);
        Build.Result r = project.build(site, false);
        assertEquals(Set.of("compare file stamps"), r.phases().keySet(), "the build cache was not even loaded");
        assertEquals(0, r.made());
        assertEquals(0, r.written());
        assertTrue(r.pages() > 0 && r.articles() == 3, r.toString());
    }

    @Test
    void aSourceEditedToTheSameSizeWithItsOldTimeRestoredIsStillRebuilt() throws IOException {
        project.build(site, false);
        Path seed;
        try (var files = Files.list(project.seeds)) {
            seed = files.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(seed);
        FileTime before = Files.getLastModifiedTime(seed);
        int at = text.lastIndexOf('e');
        Files.writeString(seed, text.substring(0, at) + "a" + text.substring(at + 1));
        Files.setLastModifiedTime(seed, before);
        Build.Result r = project.build(site, false);
        assertTrue(r.made() > 0, "the changed article was made again");
    }

    @Test
    void aPageDeletedByHandIsWrittenAgainEvenWhenNothingElseChanged() throws IOException {
        project.build(site, false);
        Files.delete(site.resolve("index.html"));
        Build.Result r = project.build(site, false);
        assertEquals(1, r.written());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aServeProcessKeepsTheCacheInMemoryAndStillMatchesACleanBuild() throws IOException {
        Build.Memory memory = new Build.Memory();
        project.build(site, false, memory);
        Files.writeString(project.seeds.resolve("004_fourth.txt"), UNRELATED);
        // were the sources' cache files read back, this build would have to make every page
        try (var files = Files.list(tmp.resolve("project/.chorus/site"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("sources-")).toList()) {
                Files.writeString(f, "not a cache");
            }
        }
        Build.Result r = project.build(site, false, memory);
        assertTrue(r.made() < r.pages(), r.made() + " of " + r.pages() + " made: the cache was not kept in memory");
        Map<String, byte[]> incremental = FixtureProject.snapshot(site);
        project.build(tmp.resolve("clean"), true);
        assertSameFiles(FixtureProject.snapshot(tmp.resolve("clean")), incremental);
    }

    @Test
    void aServeProcessSavesTheCacheInTheBackgroundAndTheNextBuildWaitsForIt() throws IOException {
        Build.Memory memory = Build.Memory.savingInTheBackground();
        project.build(site, false, memory);
        Files.writeString(project.seeds.resolve("004_fourth.txt"), UNRELATED);
        Build.Result second = project.build(site, false, memory);
        assertTrue(second.made() < second.pages(), "the first build's state was kept");
        assertFalse(second.phases().containsKey("compare file stamps"));
        memory.settle();
        Build.Result fromDisk = project.build(site, false);
        assertEquals(Map.of("compare file stamps", fromDisk.phases().get("compare file stamps")), fromDisk.phases(),
                "once settled, the second build's cache and stamps are on disk: another process finds nothing to do");
        Map<String, byte[]> served = FixtureProject.snapshot(site);
        project.build(tmp.resolve("clean"), true);
        assertSameFiles(FixtureProject.snapshot(tmp.resolve("clean")), served);
    }

    @Test
    void serveOnASiteAlreadyBuiltReadsTheCacheWhileWaitingForTheFirstEdit() throws IOException {
        project.build(site, false);
        Build.Memory memory = Build.Memory.savingInTheBackground();
        Build.Result first = project.build(site, false, memory);
        assertTrue(first.phases().containsKey("compare file stamps"), "nothing to do: " + first.phases());
        memory.settle();
        // were the sources' cache files read back now, this build would have to make every page
        try (var files = Files.list(tmp.resolve("project/.chorus/site"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("sources-")).toList()) {
                Files.writeString(f, "not a cache");
            }
        }
        Files.writeString(project.seeds.resolve("004_fourth.txt"), UNRELATED);
        Build.Result r = project.build(site, false, memory);
        assertTrue(r.made() < r.pages(), r.made() + " of " + r.pages() + " made: the cache was not read ahead");
        Map<String, byte[]> served = FixtureProject.snapshot(site);
        project.build(tmp.resolve("clean"), true);
        assertSameFiles(FixtureProject.snapshot(tmp.resolve("clean")), served);
    }

    @Test
    void aBuildFromAnotherProcessMakesTheKeptCacheStale() throws IOException {
        Build.Memory memory = new Build.Memory();
        project.build(site, false, memory);
        String config = Files.readString(project.config);
        // another terminal builds with other settings, then they are put back
        Files.writeString(project.config, config.replaceFirst("(?m)^title: .*$", "title: Another Digest"));
        project.build(site, false);
        Files.writeString(project.config, config);
        project.build(site, false, memory);
        Map<String, byte[]> served = FixtureProject.snapshot(site);
        project.build(tmp.resolve("clean"), true);
        assertSameFiles(FixtureProject.snapshot(tmp.resolve("clean")), served);
    }

    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(want.keySet(), got.keySet());
        for (String f : want.keySet()) {
            assertTrue(java.util.Arrays.equals(want.get(f), got.get(f)), f + " differs from a clean build");
        }
    }

    @Test
    void addingAnArticleMakesItsPageItsNeighboursItsSpeakerAndTheListsButNotUnrelatedPages() throws IOException {
        // shares no speaker and no theme with the others, so no other article lists it as related
        Files.writeString(project.seeds.resolve("004_fourth.txt"), UNRELATED);
        Build.Result r = project.build(site, false);
        Set<String> touched = touched();
        assertTrue(touched.contains("articles/a-fourth-voice-from-the-festival/index.html"), touched.toString());
        assertTrue(touched.contains("index.html") && touched.contains("articles/index.html") && touched.contains("feed.xml"));
        assertTrue(touched.contains("speakers/lena-vidal/index.html"), touched.toString());
        assertTrue(touched.contains("articles/light-money-and-patience/index.html"), "its neighbour: " + touched);
        assertFalse(touched.contains("articles/the-first-look-at-the-budget/index.html"), touched.toString());
        assertFalse(touched.contains("speakers/ada-brennan/index.html"), touched.toString());
        assertFalse(touched.contains("themes/money/index.html"), touched.toString());
        assertFalse(touched.contains("assets/chorus.css"));
        assertEquals(r.written(), touched.size());
        assertTrue(r.made() < r.pages(), r.made() + " of " + r.pages() + " made again");
    }

    @Test
    void aNewArticleCopiesDigestJsonsUnchangedPartsFromTheLastFileAndMatchesACleanBuild() throws IOException {
        Path json = site.resolve("digest.json");
        Path index = tmp.resolve("project/.chorus/site/digest-parts.txt");
        assertTrue(Files.isRegularFile(index));
        // a mark only a copy could carry, of the same length so every part stays where the index says
        byte[] marked = Files.readString(json).replace("\"Craft Over Cost\"", "\"CRAFT OVER COST\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(json, marked);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(marked);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(index));
        lines.set(1, marked.length + " " + Long.toHexString(crc.getValue()));
        Files.write(index, lines);

        Files.writeString(project.seeds.resolve("004_fourth.txt"), UNRELATED);
        project.build(site, false);
        String now = Files.readString(json);
        assertTrue(now.contains("\"CRAFT OVER COST\""), "the unchanged article's part was copied");
        assertTrue(now.contains("\"A Fourth Voice From the Festival\""), "the new article's part was written");

        // edited by hand since: the index no longer vouches for the file, which is written whole
        Files.write(json, Files.readString(json).replace("CRAFT OVER COST", "craft over cost")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(project.seeds.resolve("005_fifth.txt"), UNRELATED.replace("A Fourth", "A Fifth"));
        project.build(site, false);
        Path clean = tmp.resolve("clean/site");
        project.build(clean, true);
        assertSameFiles(FixtureProject.snapshot(clean), FixtureProject.snapshot(site));
    }

    @Test
    void anArticleOnATopicRemakesThatThemesPagesAndTheArticlesThatNowListItAsRelated() throws IOException {
        Files.writeString(project.seeds.resolve("004_fourth.txt"), """
                A Fourth Word on the Budget

                Omar Haddad returned to the subject of money on Monday.

                “The budget is a story we tell before the film,” Haddad said.
                """);
        project.build(site, false);
        Set<String> touched = touched();
        assertTrue(touched.contains("themes/money/index.html") && touched.contains("speakers/omar-haddad/index.html"),
                touched.toString());
        assertFalse(touched.contains("speakers/ada-brennan/index.html"), touched.toString());
    }

    @Test
    void anArticleThatLosesItsTiesLeavesTheRelatedListsItWasIn() throws IOException {
        String other = "articles/craft-over-cost/index.html";
        assertTrue(Files.readString(site.resolve(other)).contains("The First Look at the Budget"), "related before");
        // no speaker and no theme left in common with the others: only its old ties say whose lists it was in
        Files.writeString(project.seeds.resolve("001_first.txt"), """
                The First Look at the Budget

                Lena Vidal runs the festival's volunteer desk.

                “We open the doors at nine and hope for the best,” Vidal said.
                """);
        project.build(site, false);
        assertFalse(Files.readString(site.resolve(other)).contains("The First Look at the Budget"), "related after");
        Path clean = tmp.resolve("clean/site");
        project.build(clean, true);
        assertSameFiles(FixtureProject.snapshot(clean), FixtureProject.snapshot(site));
    }

    @Test
    void anUnrelatedArticleLeavesTheOtherArticlesRankedAsTheyWere() throws IOException {
        // undated and first by name, so the neighbour of the first article only
        Files.writeString(project.seeds.resolve("000_zero.txt"), UNRELATED);
        project.build(site, false);
        assertFalse(touched().contains("articles/craft-over-cost/index.html"), touched().toString());
        Path clean = tmp.resolve("clean/site");
        project.build(clean, true);
        assertSameFiles(FixtureProject.snapshot(clean), FixtureProject.snapshot(site));
    }

    @Test
    void removingAnArticleDeletesItsPageAndUpdatesEveryPageThatListedIt() throws IOException {
        String page = "articles/the-first-look-at-the-budget/index.html";
        assertTrue(Files.exists(site.resolve(page)));
        assertTrue(Files.readString(site.resolve("articles/index.html")).contains("The First Look at the Budget"));
        Files.delete(project.seeds.resolve("001_first.txt"));
        project.build(site, false);
        assertFalse(Files.exists(site.resolve(page)));
        assertFalse(Files.exists(site.resolve("articles/the-first-look-at-the-budget")), "its empty folder goes too");
        assertFalse(Files.readString(site.resolve("articles/index.html")).contains("The First Look at the Budget"));
        assertFalse(Files.readString(site.resolve("speakers/ada-brennan/index.html")).contains("The budget decides"));
    }

    @Test
    void editingOneTemplateMakesAgainOnlyThePagesThatUseIt() throws IOException {
        Path speaker = project.templates.resolve("speaker.ftlh");
        Files.writeString(speaker, Files.readString(speaker).replace("</@layout.page>", "<!-- edited --></@layout.page>"));
        project.build(site, false);
        Set<String> touched = touched();
        assertEquals(Set.of("speakers/ada-brennan/index.html", "speakers/omar-haddad/index.html"), touched);
    }

    @Test
    void aSharedTemplateMakesAgainEveryPageThatImportsIt() throws IOException {
        Path layout = project.templates.resolve("_layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- edited --></body>"));
        project.build(site, false);
        long html = FixtureProject.mtimes(site).keySet().stream().filter(f -> f.endsWith(".html")).count();
        assertEquals(html, touched().stream().filter(f -> f.endsWith(".html")).count());
        assertFalse(touched().contains("feed.xml"), "feeds do not use the layout");
    }

    @Test
    void aCleanBuildIgnoresTheCache() {
        Build.Result r = project.build(site, true);
        assertEquals(r.pages(), r.made());
    }

    @Test
    void theCacheLivesBesideTheSiteAndNeverInsideIt() {
        assertTrue(Files.isRegularFile(tmp.resolve("project/.chorus/site/cache.bin")));
        Map<String, byte[]> files = FixtureProject.snapshot(site);
        assertTrue(files.keySet().stream().noneMatch(f -> f.contains(".chorus")));
    }
}
