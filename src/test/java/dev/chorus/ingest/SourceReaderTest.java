package dev.chorus.ingest;

import dev.chorus.model.ChorusException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk of the source folder stays inside it, and files are measured before they are read. */
class SourceReaderTest {
    @TempDir
    Path root;
    Path seeds;
    Path outside;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(root.resolve("project/seeds"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(seeds.resolve("001_real.txt"), "Real\n\nBody.\n");
        Files.writeString(outside.resolve("secret.txt"), "Secret\n\nNot for the site.\n");
    }

    private List<String> listed() {
        return new SourceReader(root).list(seeds, warnings::add).stream()
                .map(p -> seeds.relativize(p).toString()).toList();
    }

    @Test
    void aLinkToAFileOutsideTheSourceFolderIsSkippedWithAWarning() throws IOException {
        Files.createSymbolicLink(seeds.resolve("002_secret.txt"), outside.resolve("secret.txt"));
        assertEquals(List.of("001_real.txt"), listed());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("project/seeds/002_secret.txt: a symbolic link to "), warnings.get(0));
        assertTrue(warnings.get(0).contains("outside the source folder; skipped"), warnings.get(0));
    }

    @Test
    void aLinkToAFolderOutsideTheSourceFolderIsNotFollowed() throws IOException {
        Files.createSymbolicLink(seeds.resolve("more"), outside);
        assertEquals(List.of("001_real.txt"), listed());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("project/seeds/more: a symbolic link to "), warnings.get(0));
    }

    @Test
    void aLinkThatClimbsOutThroughDotDotIsSkipped() throws IOException {
        Files.createSymbolicLink(seeds.resolve("002_up.txt"), Path.of("../../outside/secret.txt"));
        assertEquals(List.of("001_real.txt"), listed());
        assertEquals(1, warnings.size());
    }

    @Test
    void aLinkToAFileInsideIsRead() throws IOException {
        Path drafts = Files.createDirectories(seeds.resolve("drafts"));
        Files.writeString(drafts.resolve("draft.md"), "# Draft\n\nBody.\n");
        Files.createSymbolicLink(seeds.resolve("002_alias.md"), Path.of("drafts/draft.md"));
        assertEquals(List.of("001_real.txt", "002_alias.md", "drafts/draft.md"), listed());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLinkToAFolderInsideIsNotWalkedTwice() throws IOException {
        Path drafts = Files.createDirectories(seeds.resolve("drafts"));
        Files.writeString(drafts.resolve("draft.md"), "# Draft\n\nBody.\n");
        Files.createSymbolicLink(seeds.resolve("loop"), seeds);
        Files.createSymbolicLink(seeds.resolve("same-drafts"), drafts);
        assertEquals(List.of("001_real.txt", "drafts/draft.md"), listed());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLinkToNothingIsSkippedWithAWarning() throws IOException {
        Files.createSymbolicLink(seeds.resolve("002_gone.txt"), root.resolve("nowhere.txt"));
        assertEquals(List.of("001_real.txt"), listed());
        assertEquals(List.of("project/seeds/002_gone.txt: a symbolic link to nothing; skipped"), warnings);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsSize() throws IOException {
        Path big = Files.writeString(seeds.resolve("002_big.txt"), "Big\n\n" + "x".repeat(2000));
        ChorusException e = assertThrows(ChorusException.class, () -> new SourceReader(root, 1024).read(big));
        assertEquals("project/seeds/002_big.txt:1: the file is 2 KB, more than the limit of 1 KB; split it into "
                + "several articles, or raise maxFileSize in chorus.yml (e.g. maxFileSize: 20MB)", e.describe());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path exact = Files.writeString(seeds.resolve("002_exact.txt"), "Exact\n\n" + "x".repeat(1017));
        assertEquals(1024, Files.size(exact));
        assertEquals("Exact", new SourceReader(root, 1024).read(exact).text().lines().findFirst().orElseThrow());
    }
}
