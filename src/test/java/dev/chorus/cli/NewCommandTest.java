package dev.chorus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewCommandTest {
    @TempDir
    Path project;

    private Path copySeeds() throws IOException {
        Path seeds = Files.createDirectories(project.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName().toString()));
            }
        }
        return seeds;
    }

    @Test
    void writesTheNextNumberedArticleAndPrintsItsPath() throws IOException {
        Path seeds = copySeeds();
        Cli.Run r = Cli.run("new", "Hollywood's “AI” Moment: Take 2", "--source", seeds.toString(),
                "--speaker", "Ted Kotcheff", "--speaker", "Ada Lovelace", "--theme", "soul-of-cinema",
                "--date", "2025-03-14");
        assertEquals(0, r.code(), r.err());
        Path file = seeds.resolve("003_hollywoods-ai-moment-take-2.md");
        assertEquals(file + System.lineSeparator(), r.out());
        assertEquals(List.of("---", "title: \"Hollywood's “AI” Moment: Take 2\"", "date: \"2025-03-14\"", "speakers:",
                "- \"Ted Kotcheff\"", "- \"Ada Lovelace\"", "themes:", "- \"soul-of-cinema\"", "---"),
                Files.readAllLines(file).subList(0, 9));
    }

    @Test
    void datesTheArticleTodayByDefault() throws IOException {
        Cli.Run r = Cli.run("new", "Today", "--source", project.resolve("fresh").toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(project.resolve("fresh/001_today.md"));
        LocalDate printed = LocalDate.parse(text.replaceAll("(?s).*date: \"([0-9-]+)\".*", "$1"));
        // the command may run either side of midnight
        assertTrue(!printed.isBefore(LocalDate.now().minusDays(1)) && !printed.isAfter(LocalDate.now()), text);
    }

    @Test
    void theNewArticleBuilds() throws IOException {
        Path seeds = copySeeds();
        assertEquals(0, Cli.run("new", "A Fresh Piece", "--source", seeds.toString(), "--theme", "soul-of-cinema",
                "--date", "2025-03-14").code());
        Path site = project.resolve("site");
        Cli.Run build = Cli.run("build", "--source", seeds.toString(), "--out", site.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().startsWith("Built 4 articles"), build.out());
        String page = Files.readString(site.resolve("articles/a-fresh-piece/index.html"));
        assertTrue(page.contains("A Fresh Piece"));
        assertTrue(page.contains("Write the article here."), page);
    }

    @Test
    void refusesAnEmptyTitleOrABadDate() {
        Cli.Run empty = Cli.run("new", "  ", "--source", project.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("title is empty"), empty.err());
        Cli.Run date = Cli.run("new", "Title", "--date", "14/03/2025", "--source", project.toString());
        assertEquals(2, date.code());
        assertTrue(date.err().contains("--date"), date.err());
        Cli.Run none = Cli.run("new", "--source", project.toString());
        assertEquals(2, none.code());
        assertTrue(project.toFile().list().length == 0, "nothing written");
    }

    @Test
    void serveAndNewHaveHelp() {
        for (String command : new String[] {"serve", "new"}) {
            Cli.Run r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage: chorus " + command), r.out());
        }
        String serve = Cli.run("serve", "--help").out();
        for (String option : new String[] {"--port", "--host", "--source", "--out", "--config", "--templates",
                "--base-url", "--drafts"}) {
            assertTrue(serve.contains(option), option);
        }
        String top = Cli.run("--help").out();
        assertTrue(top.contains("serve") && top.contains("new"), top);
    }
}
