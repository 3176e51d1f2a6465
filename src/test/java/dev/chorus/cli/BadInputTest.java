package dev.chorus.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.RandomAccessFile;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input stops the build with {@code path:line: message} and exit code 1, and the site of
 * the last good build stays exactly as it was.
 */
class BadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract").toAbsolutePath();
    /** Every message says what to do: "…; add …", "… such as …", "… e.g. …". */
    private static final Pattern HINT = Pattern.compile("; |such as|e\\.g\\.|for example");

    @TempDir
    Path project;
    Path seeds;
    Path site;
    Path templates;
    Map<String, byte[]> good;

    @BeforeEach
    void buildAGoodSite() throws IOException {
        seeds = Files.createDirectories(project.resolve("seeds"));
        site = project.resolve("site");
        templates = copyTemplates();
        Files.copy(FIXTURES.resolve("basic-report.txt"), seeds.resolve("001_good.txt"));
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        good = Cli.snapshot(site);
    }

    private Path copyTemplates() throws IOException {
        Path dir = project.resolve("templates");
        Path from = Path.of("templates");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private Cli.Run build(String... extra) {
        String[] base = {"build", "--source", seeds.toString(), "--out", site.toString(), "--templates",
                templates.toString(), "--config", FIXTURES.resolve("chorus.yml").toString()};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    private Cli.Run buildWith(String fixture) throws IOException {
        Files.copy(FIXTURES.resolve(fixture), seeds.resolve("002_" + fixture));
        return build();
    }

    private void assertFailsAt(Cli.Run r, String location, String words) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(location + ": "), "expected " + location + " in: " + r.err());
        assertTrue(r.err().contains(words), r.err());
        assertTrue(HINT.matcher(r.err()).find(), "a hint on what to do: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertSiteUntouched();
    }

    private Cli.Run buildWithConfig(String yaml) throws IOException {
        Path config = project.resolve("chorus.yml");
        Files.writeString(config, yaml);
        return Cli.run("build", "--source", seeds.toString(), "--out", site.toString(), "--templates",
                templates.toString(), "--config", config.toString());
    }

    private static List<String> warnings(Cli.Run r) {
        return r.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    }

    private void assertSiteUntouched() {
        Map<String, byte[]> now = Cli.snapshot(site);
        assertEquals(good.keySet(), now.keySet());
        for (String k : good.keySet()) {
            assertArrayEquals(good.get(k), now.get(k), k);
        }
    }

    @Test
    void emptyFile() throws IOException {
        assertFailsAt(buildWith("empty.txt"), "002_empty.txt:1", "the file is empty");
    }

    @Test
    void fileWithNothingButBoilerplate() throws IOException {
        assertFailsAt(buildWith("only-boilerplate.txt"), "002_only-boilerplate.txt:1", "boilerplate");
    }

    @Test
    void titleWithoutBody() throws IOException {
        assertFailsAt(buildWith("title-only.txt"), "002_title-only.txt:1", "no body text");
    }

    @Test
    void brokenFrontMatter() throws IOException {
        assertFailsAt(buildWith("broken-front-matter.md"), "002_broken-front-matter.md:2", "front matter is not valid YAML");
    }

    @Test
    void unterminatedFrontMatter() throws IOException {
        Files.writeString(seeds.resolve("003_open.md"), "---\ntitle: Never closed\n\nBody.\n");
        assertFailsAt(build(), "003_open.md:1", "never ends");
    }

    @Test
    void unknownFrontMatterKeyNamesItsLine() throws IOException {
        Files.writeString(seeds.resolve("003_typo.md"), "---\ntitle: Typo\ntitel: Oops\n---\n\nBody text.\n");
        assertFailsAt(build(), "003_typo.md:3", "unknown front matter key 'titel'");
    }

    @Test
    void dateThatDoesNotParse() throws IOException {
        Files.writeString(seeds.resolve("003_date.md"), "---\ntitle: Dated\ndate: next tuesday\n---\n\nBody text.\n");
        assertFailsAt(build(), "003_date.md:3", "not a date");
    }

    @Test
    void binaryFile() throws IOException {
        assertFailsAt(buildWith("binary.txt"), "002_binary.txt:2", "not a text file");
    }

    @Test
    void invalidUtf8WithControlBytes() throws IOException {
        assertFailsAt(buildWith("invalid-utf8.txt"), "002_invalid-utf8.txt:3", "not UTF-8");
    }

    @Test
    void latin1TextIsReadWithAFallback() throws IOException {
        Files.write(seeds.resolve("003_latin1.txt"), "Caf\u00e9 Soci\u00e9t\u00e9\n\nA paragraph about the caf\u00e9 and its regulars.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(site.resolve("articles/cafe-societe/index.html")));
    }

    @Test
    void templateErrorNamesTemplateLineColumnAndExpression() throws IOException {
        Path article = templates.resolve("article.ftlh");
        String text = Files.readString(article).replace("<h1>${article.title}</h1>", "<h1>${article.nosuchfield}</h1>");
        Files.writeString(article, text);
        Cli.Run r = build();
        long line = text.lines().takeWhile(l -> !l.contains("nosuchfield")).count() + 1;
        long column = text.lines().filter(l -> l.contains("nosuchfield")).findFirst().orElseThrow().indexOf("article.nosuchfield") + 1;
        assertFailsAt(r, "article.ftlh:" + line + ":" + column, "template error in ${article.nosuchfield}");
    }

    @Test
    void withSeveralBrokenPagesTheSameErrorIsReportedOnEveryRun() throws IOException {
        for (String t : List.of("article.ftlh", "speaker.ftlh", "theme.ftlh", "articles.ftlh")) {
            Path file = templates.resolve(t);
            Files.writeString(file, Files.readString(file).replaceFirst("</h1>", "\\${nosuch_" + t.replace(".ftlh", "") + "}</h1>"));
        }
        Set<String> errors = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            Cli.Run r = build();
            assertEquals(1, r.code(), r.err());
            errors.add(r.err());
        }
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void templateSyntaxError() throws IOException {
        Files.writeString(templates.resolve("404.ftlh"), "<#if>broken\n");
        assertFailsAt(build(), "404.ftlh:1:2", "syntax error");
    }

    @Test
    void missingTemplate() throws IOException {
        Files.delete(templates.resolve("theme.ftlh"));
        assertFailsAt(build(), "theme.ftlh", "template not found");
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        Files.copy(FIXTURES.resolve("empty.txt"), seeds.resolve("002_empty.txt"));
        Cli.Run r = build("--verbose");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void verboseBuildSaysWhereItsTimeWent() {
        Cli.Run first = build("--verbose", "--clean");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().matches("(?s).*phases: start and cache \\d+ ms, read and extract \\d+ ms, .*"
                + "save cache \\d+ ms; \\d+ files made, 0 known unchanged\n.*"), first.err());
        Cli.Run again = build("--verbose");
        assertTrue(again.err().contains("phases: compare file stamps "), again.err());
        assertFalse(build().err().contains("phases:"), "only with --verbose");
    }

    @Test
    void unknownConfigKeyNamesItsLine() throws IOException {
        Path config = project.resolve("chorus.yml");
        Files.writeString(config, "title: X\nbaseURL: https://example.org/\n");
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", site.toString(), "--templates",
                templates.toString(), "--config", config.toString());
        assertFailsAt(r, "chorus.yml:2", "unknown key 'baseURL'");
    }

    @Test
    void outputFolderThatHoldsTheSourcesIsRefusedAsAUsageError() {
        Cli.Run r = Cli.run("build", "--source", seeds.toString(), "--out", project.toString(), "--templates",
                templates.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("refusing"), r.err());
        assertTrue(Files.exists(seeds.resolve("001_good.txt")));
    }

    @Test
    void outputFolderThatIsTheProjectIsRefused() {
        Cli.Run r = Cli.run("build", "--out", ".");
        assertEquals(2, r.code(), r.err());
        assertTrue(Files.exists(Path.of("pom.xml")));
    }

    @Test
    void serveRefusesTheOutputFoldersBuildRefusesBeforeItServes() throws IOException {
        Path settings = Files.createDirectories(project.resolve("settings"));
        Path config = Files.copy(FIXTURES.resolve("chorus.yml"), settings.resolve("digest.yml"));
        Map<Path, String> refused = Map.of(settings, "is the folder of the config file", project,
                "contains the source folder", seeds, "is the source folder", Path.of("."), "is the project folder");
        for (Map.Entry<Path, String> out : refused.entrySet()) {
            List<String> common = List.of("--source", seeds.toString(), "--out", out.getKey().toString(),
                    "--templates", templates.toString(), "--config", config.toString());
            Cli.Run built = Cli.run(Stream.concat(Stream.of("build"), common.stream()).toArray(String[]::new));
            // a serve that starts blocks until interrupted, which the time limit does
            Cli.Run served = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(
                    Stream.concat(Stream.of("serve", "--port", "0"), common.stream()).toArray(String[]::new)));
            for (Cli.Run r : List.of(built, served)) {
                assertEquals(2, r.code(), out + ": " + r.err());
                assertTrue(r.err().contains("refusing to use ") && r.err().contains(out.getValue()), r.err());
                assertFalse(r.out().contains("Serving "), r.out());
            }
            assertTrue(Files.isRegularFile(config));
            assertTrue(Files.isRegularFile(seeds.resolve("001_good.txt")));
        }
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws IOException {
        Files.copy(FIXTURES.resolve("hugo-style.md"), seeds.resolve("003_draft.md"));
        assertEquals(0, build().code());
        assertFalse(Files.exists(site.resolve("articles/hugo-style/index.html")));
        assertEquals(0, build("--drafts").code());
        assertTrue(Files.exists(site.resolve("articles/hugo-style/index.html")));
    }

    @Test
    void twoArticlesWithOneSlugAreDisambiguatedWithAWarning() throws IOException {
        Files.copy(FIXTURES.resolve("basic-report.txt"), seeds.resolve("002_same.txt"));
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: ") && r.err().contains("a-director-speaks-out-about-machines-2"), r.err());
        assertTrue(Files.exists(site.resolve("articles/a-director-speaks-out-about-machines-2/index.html")));
    }

    @Test
    void twoArticlesChoosingOneSlugIsAnError() throws IOException {
        Files.writeString(seeds.resolve("003_a.md"), "---\ntitle: A\nslug: same\n---\n\nBody A.\n");
        Files.writeString(seeds.resolve("004_b.md"), "---\ntitle: B\nslug: same\n---\n\nBody B.\n");
        assertFailsAt(build(), "004_b.md:3", "slug 'same' is also set by");
    }

    @Test
    void slugThatLeavesItsFolderIsRefused() throws IOException {
        Files.writeString(seeds.resolve("003_evil.md"), "---\ntitle: Evil\nslug: ../../etc\n---\n\nBody.\n");
        assertFailsAt(build(), "003_evil.md:3", "may contain only a-z");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        // 5 GB of nothing: reading it would exhaust memory long before anything else failed
        try (RandomAccessFile huge = new RandomAccessFile(seeds.resolve("003_huge.txt").toFile(), "rw")) {
            huge.setLength(5L << 30);
        }
        assertFailsAt(build(), "003_huge.txt:1", "the file is 5 GB, more than the limit of 10 MB; split it");
    }

    @Test
    void sizeLimitComesFromChorusYml() throws IOException {
        Files.writeString(seeds.resolve("003_long.txt"), "A long one\n\n" + "Words and more words. ".repeat(100));
        assertFailsAt(buildWithConfig("title: T\nmaxFileSize: 1KB\n"), "003_long.txt:1",
                "more than the limit of 1 KB; split it into several articles, or raise maxFileSize in chorus.yml");
        Files.writeString(project.resolve("chorus.yml"), "title: T\nmaxFileSize: 4 KB\n");
        assertEquals(0, buildWithConfig("title: T\nmaxFileSize: 4 KB\n").code());
    }

    @Test
    void sizeLimitThatIsNotASizeIsAnError() throws IOException {
        assertFailsAt(buildWithConfig("title: T\nmaxFileSize: lots\n"), "chorus.yml:2",
                "maxFileSize must be a size such as 10MB, 512KB or 1GB, not 'lots'");
        assertFailsAt(buildWithConfig("maxFileSize: 0\n"), "chorus.yml:1", "maxFileSize must be more than 0");
    }

    @Test
    void wrongTypesInFrontMatterNameTheKeyAndTheShape() throws IOException {
        Files.writeString(seeds.resolve("003_list.md"), "---\ntitle: [One, Two]\n---\n\nBody.\n");
        assertFailsAt(build(), "003_list.md:2", "'title' must be a single value, not a list");
        Files.delete(seeds.resolve("003_list.md"));
        Files.writeString(seeds.resolve("003_bool.md"), "---\ntitle: T\ndraft: maybe\n---\n\nBody.\n");
        assertFailsAt(build(), "003_bool.md:3", "'draft' must be true or false, not 'maybe'");
        Files.delete(seeds.resolve("003_bool.md"));
        Files.writeString(seeds.resolve("003_map.md"), "---\ntitle: T\nspeakers:\n  name: Ada\n---\n\nBody.\n");
        assertFailsAt(build(), "003_map.md:3", "'speakers' must be a name or a list of names");
        Files.delete(seeds.resolve("003_map.md"));
        Files.writeString(seeds.resolve("003_item.md"), "---\ntitle: T\ntags:\n  - money\n  - [x]\n---\n\nBody.\n");
        assertFailsAt(build(), "003_item.md:5", "'tags' must be a list of names, such as tags: [regulation, soul-of-cinema]; item 2 is a list");
    }

    @Test
    void wrongTypesInChorusYmlNameTheKeyAndTheShape() throws IOException {
        assertFailsAt(buildWithConfig("title: T\nthemes: soul\n"), "chorus.yml:2",
                "'themes' must be a list of themes, each with slug, title, description and keywords, not 'soul'");
        assertFailsAt(buildWithConfig("themes:\n  - slug: a\n    keywords: {a: b}\n"), "chorus.yml:3",
                "'themes[0].keywords' must be a list of words");
        assertFailsAt(buildWithConfig("unsafeRawHtml: maybe\n"), "chorus.yml:1", "'unsafeRawHtml' must be true or false");
        assertFailsAt(buildWithConfig("speakers:\n  - name: [Ada, Alan]\n"), "chorus.yml:2",
                "'speakers[0].name' must be a single value (text), not a list");
        assertFailsAt(buildWithConfig("- a\n- b\n"), "chorus.yml:1", "chorus.yml must be 'key: value' lines");
    }

    @Test
    void unknownConfigKeySuggestsTheOneMeant() throws IOException {
        assertFailsAt(buildWithConfig("title: X\nthemes:\n  - slug: a\n    keywrods: [x]\n"), "chorus.yml:4",
                "unknown key 'keywrods'; did you mean 'keywords'?");
    }

    @Test
    void brokenYamlInChorusYml() throws IOException {
        assertFailsAt(buildWithConfig("title: [unclosed\n"), "chorus.yml:1", "not valid YAML");
    }

    @Test
    void themesAndSpeakersThatCannotBeUsedNameTheirLine() throws IOException {
        assertFailsAt(buildWithConfig("themes:\n  - slug: a\n  - description: no name\n"), "chorus.yml:3",
                "every theme needs a 'slug' or a 'title'");
        assertFailsAt(buildWithConfig("themes:\n  - slug: a\n  - title: A\n"), "chorus.yml:3",
                "theme 'a' is defined twice (also on line 2)");
        assertFailsAt(buildWithConfig("themes:\n  - slug: Not A Slug\n"), "chorus.yml:2", "may contain only a-z");
        assertFailsAt(buildWithConfig("speakers:\n  - role: Actor\n"), "chorus.yml:2", "needs a 'name'");
        assertFailsAt(buildWithConfig("boilerplate:\n  - ok\n  - \"(unclosed\"\n"), "chorus.yml:3",
                "not a valid regular expression");
    }

    @Test
    void speakerLinksThatAreNotWebAddressesAreRefused() throws IOException {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
                "file:///etc/passwd", "//evil.example/", "vbscript:msgbox")) {
            assertFailsAt(buildWithConfig("speakers:\n  - name: Jane Holloway\n    links:\n      - title: Site\n"
                    + "        url: \"" + url + "\"\n"), "chorus.yml:5", "is not an http(s) address");
        }
    }

    @Test
    void unknownThemeInFrontMatterWarnsOncePerName() throws IOException {
        Files.writeString(seeds.resolve("003_a.md"), "---\ntitle: A\ntags:\n  - money\n  - made-up\n---\n\nBody A.\n");
        Files.writeString(seeds.resolve("004_b.md"), "---\ntitle: B\ntags: [made-up, Made-Up]\n---\n\nBody B.\n");
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        List<String> unknown = warnings(r).stream().filter(w -> w.contains("made-up")).toList();
        assertEquals(1, unknown.size(), r.err());
        assertTrue(unknown.get(0).contains("003_a.md:5: theme 'made-up' is not in the taxonomy in chorus.yml, so it "
                + "becomes a theme of its own; add it under 'themes:' in chorus.yml, or check its spelling "
                + "(also in 1 other file)"), unknown.get(0));
        assertTrue(warnings(r).stream().noneMatch(w -> w.contains("'money'")), r.err());
        assertTrue(Files.exists(site.resolve("themes/made-up/index.html")), "it still becomes a theme");
    }

    @Test
    void quoteWithoutSpeakerWarnsWithItsLine() throws IOException {
        Files.writeString(seeds.resolve("003_anon.txt"), "Nobody Said\n\nThe crowd waited.\n\n"
                + "“We will be back next year, whatever it takes,” one fan shouted.\n");
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("003_anon.txt:5: no speaker found for the quote "
                + "\"We will be back next year, whatever it takes,\"")), r.err());
    }

    @Test
    void warningsArePrintedAtTheEndAndCapped() throws IOException {
        StringBuilder text = new StringBuilder("Many Anonymous Voices\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("“Voice number ").append(i).append(" has something long to say,” somebody shouted.\n\n");
        }
        Files.writeString(seeds.resolve("003_voices.txt"), text);
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(20, warnings(r).size(), r.err());
        assertTrue(r.err().strip().endsWith("… and 10 more warnings"), r.err());
        assertTrue(r.out().startsWith("Built "), "the summary follows the warnings");
    }

    @Test
    void sourceLinkThatIsNotAWebAddressIsDroppedWithAWarning() throws IOException {
        Files.writeString(seeds.resolve("003_src.md"), "---\ntitle: Sourced\nsource: \"jav&#x61;script:alert(1)\"\n---\n\nBody.\n");
        Files.writeString(seeds.resolve("004_src.md"), "---\ntitle: Data\n\nsource: data:text/html;base64,PHNjcmlwdD4=\n---\n\nBody.\n");
        Cli.Run r = build();
        assertEquals(0, r.code(), r.err());
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("003_src.md:3: source 'jav&#x61;script:alert(1)' is not "
                + "an http(s) address, so the article has no source link; write it as https://")), r.err());
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("004_src.md:4: source 'data:")), r.err());
        assertFalse(Cli.read(site.resolve("articles/sourced/index.html")).contains("alert"));
    }

    @Test
    void aSourceFolderThatIsNotThereIsAnError() {
        Cli.Run r = Cli.run("build", "--source", project.resolve("nope").toString(), "--out", site.toString(),
                "--templates", templates.toString(), "--config", FIXTURES.resolve("chorus.yml").toString());
        assertFailsAt(r, "nope", "source folder not found; create it");
    }

    @Test
    void unknownCommandLineOptionIsAUsageError() {
        Cli.Run r = Cli.run("build", "--sorce", "seeds");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void slugSetTwiceNamesTheSlugLines() throws IOException {
        Files.writeString(seeds.resolve("003_a.md"), "---\ntitle: A\nslug: same\n---\n\nBody A.\n");
        Files.writeString(seeds.resolve("004_b.md"), "---\ntitle: B\ndate: 2025-01-01\nslug: same\n---\n\nBody B.\n");
        assertFailsAt(build(), "004_b.md:4", "slug 'same' is also set by");
    }
}
