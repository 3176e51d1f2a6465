package dev.chorus.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input stops the build with {@code path:line: message} and exit code 1, and the site of
 * the last good build stays exactly as it was.
 */
class BadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/extract").toAbsolutePath();

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
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertSiteUntouched();
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
        assertFailsAt(r, "article.ftlh:" + line, "article.nosuchfield");
    }

    @Test
    void templateSyntaxError() throws IOException {
        Files.writeString(templates.resolve("404.ftlh"), "<#if>broken\n");
        assertFailsAt(build(), "404.ftlh:1", "syntax error");
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
        assertFailsAt(build(), "004_b.md", "slug 'same' is also set by");
    }

    @Test
    void slugThatLeavesItsFolderIsRefused() throws IOException {
        Files.writeString(seeds.resolve("003_evil.md"), "---\ntitle: Evil\nslug: ../../etc\n---\n\nBody.\n");
        assertFailsAt(build(), "003_evil.md:3", "may contain only a-z");
    }
}
