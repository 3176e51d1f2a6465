package dev.chorus.ingest;

import dev.chorus.model.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewArticleTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path folder;

    private static NewArticle article(String title) {
        return new NewArticle(title, DAY, List.of(), List.of());
    }

    private FrontMatter readBack(Path file) {
        Document d = new FrontMatterParser().parse(new SourceReader(folder).read(file));
        assertTrue(d.body().contains(NewArticle.PLACEHOLDER), d.body());
        return d.frontMatter();
    }

    @Test
    void numbersAfterTheHighestPrefixInTheFolder() throws IOException {
        assertEquals("001", NewArticle.nextNumber(folder));
        Files.writeString(folder.resolve("000_first.txt"), "x");
        Files.writeString(folder.resolve("007_later.html"), "x");
        Files.writeString(folder.resolve("12_two-digits.md"), "x");
        Files.writeString(folder.resolve("notes.md"), "x");
        assertEquals("008", NewArticle.nextNumber(folder));
        Files.writeString(folder.resolve("999_last.md"), "x");
        assertEquals("1000", NewArticle.nextNumber(folder));
    }

    @Test
    void namesTheFileAfterTheTitlesSlug() {
        Path file = article("Café Société: It’s “Big” & Bold!").writeInto(folder);
        assertEquals("001_cafe-societe-its-big-bold.md", file.getFileName().toString());
        assertEquals("002_cafe-societe-its-big-bold.md",
                article("Café Société: It’s “Big” & Bold!").writeInto(folder).getFileName().toString());
    }

    @Test
    void frontMatterReadsBackExactly() {
        String title = "\"Quoted\": a title with # hash, - dash, 'single', \\ backslash, {braces} & ünïcödé";
        Path file = new NewArticle(title, DAY, List.of("Ted Kotcheff", "O'Neil: the critic"),
                List.of("soul-of-cinema", "yes")).writeInto(folder);
        FrontMatter fm = readBack(file);
        assertEquals(title, fm.title());
        assertEquals(DAY, fm.date());
        assertEquals(List.of("Ted Kotcheff", "O'Neil: the critic"), fm.speakers());
        assertEquals(List.of("soul-of-cinema", "yes"), fm.themes());
    }

    @Test
    void leavesOutListsThatWereNotGiven() throws IOException {
        Path file = article("Plain").writeInto(folder);
        assertEquals("---\ntitle: \"Plain\"\ndate: \"2025-03-14\"\n---\n\n" + NewArticle.PLACEHOLDER + "\n",
                Files.readString(file));
        FrontMatter fm = readBack(file);
        assertEquals(List.of(), fm.speakers());
        assertEquals(List.of(), fm.themes());
    }

    @Test
    void aTitleOnSeveralLinesBecomesOneLine() {
        FrontMatter fm = readBack(article("  Two\nlines\t here ").writeInto(folder));
        assertEquals("Two lines here", fm.title());
    }

    @Test
    void refusesAnEmptyTitle() {
        for (String empty : new String[] {"", "   ", "\n\t"}) {
            UsageException e = assertThrows(UsageException.class, () -> article(empty));
            assertTrue(e.getMessage().contains("title is empty"), e.getMessage());
        }
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path taken = Files.writeString(folder.resolve("001_mine.md"), "my article");
        UsageException e = assertThrows(UsageException.class, () -> article("Mine").write(taken));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("my article", Files.readString(taken));
    }
}
