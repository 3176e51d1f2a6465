package dev.chorus.site;

import dev.chorus.model.ChorusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing replaces the output folder and nothing else: links out of it are never followed. */
class PublisherTest {
    @TempDir
    Path root;

    private Path outsideFolderWithAFile() throws IOException {
        Path outside = Files.createDirectories(root.resolve("precious"));
        Files.writeString(outside.resolve("thesis.txt"), "years of work");
        return outside;
    }

    /** A whole new site, written as a build writes it. */
    private static void publish(Path site, Map<String, byte[]> files) {
        Publisher.Output output = new Publisher(site).begin(null);
        try {
            files.forEach(output::write);
            output.finish(files.keySet());
        } catch (RuntimeException e) {
            output.abandon();
            throw e;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeSiteWrittenOverAnOldOneChangesOnlyTheFilesThatDiffer() throws IOException {
        Path site = Files.createDirectories(root.resolve("site/articles/a"));
        Files.writeString(site.resolve("index.html"), "same");
        Files.writeString(root.resolve("site/index.html"), "old");
        Files.createDirectories(root.resolve("site/articles/gone"));
        Files.writeString(root.resolve("site/articles/gone/index.html"), "gone");
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(site.resolve("index.html"), longAgo);

        Publisher publisher = new Publisher(root.resolve("site"));
        java.util.Set<String> before = publisher.existing();
        assertEquals(java.util.Set.of("index.html", "articles/a/index.html", "articles/gone/index.html"), before);
        Publisher.Output output = publisher.begin(before);
        output.write("articles/a/index.html", bytes("same"));
        output.write("index.html", bytes("new"));
        output.write("feed.xml", bytes("feed"));
        int written = output.finish(java.util.Set.of("articles/a/index.html", "index.html", "feed.xml"));

        assertEquals(3, written, "one changed, one added, one removed");
        assertEquals(longAgo, Files.getLastModifiedTime(site.resolve("index.html")), "left alone");
        assertEquals("new", Files.readString(root.resolve("site/index.html")));
        assertEquals("feed", Files.readString(root.resolve("site/feed.xml")));
        assertFalse(Files.exists(root.resolve("site/articles/gone")), "the page and its emptied folder are gone");
    }

    @Test
    void anOldSiteWithALinkOrAnEmptyFolderIsReplacedWhole() throws IOException {
        Path site = Files.createDirectories(root.resolve("site"));
        Publisher publisher = new Publisher(site);
        assertEquals(null, publisher.existing(), "an empty folder has nothing to keep");
        Files.writeString(site.resolve("index.html"), "old");
        assertEquals(java.util.Set.of("index.html"), publisher.existing());
        Files.createDirectories(site.resolve("empty"));
        assertEquals(null, publisher.existing());
        Files.delete(site.resolve("empty"));
        Files.createSymbolicLink(site.resolve("linked-file"), outsideFolderWithAFile().resolve("thesis.txt"));
        assertEquals(null, publisher.existing());
        assertEquals(null, new Publisher(root.resolve("nowhere")).existing());
    }

    @Test
    void aLinkInTheOldSiteToAFolderOutsideIsRemovedWithoutTouchingItsTarget() throws IOException {
        Path outside = outsideFolderWithAFile();
        Path site = Files.createDirectories(root.resolve("site/assets"));
        Files.createSymbolicLink(site.resolve("linked"), outside);
        Files.createSymbolicLink(site.resolve("linked-file"), outside.resolve("thesis.txt"));

        publish(root.resolve("site"), Map.of("index.html", bytes("new")));

        assertEquals("years of work", Files.readString(outside.resolve("thesis.txt")));
        assertEquals("new", Files.readString(root.resolve("site/index.html")));
        assertFalse(Files.exists(root.resolve("site/assets"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void deleteTreeRemovesLinksNotWhatTheyPointAt() throws IOException {
        Path outside = outsideFolderWithAFile();
        Path tree = Files.createDirectories(root.resolve("tree/deep/deeper"));
        Files.createSymbolicLink(tree.resolve("to-folder"), outside);
        Files.createSymbolicLink(root.resolve("tree/to-file"), outside.resolve("thesis.txt"));

        Publisher.deleteTree(root.resolve("tree"));

        assertFalse(Files.exists(root.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(outside.resolve("thesis.txt")));
    }

    @Test
    void anOutputFolderThatIsItselfALinkIsReplacedAsALink() throws IOException {
        Path outside = outsideFolderWithAFile();
        Files.createSymbolicLink(root.resolve("site"), outside);

        publish(root.resolve("site"), Map.of("index.html", bytes("new")));

        assertTrue(Files.exists(outside.resolve("thesis.txt")));
        assertFalse(Files.isSymbolicLink(root.resolve("site")));
        assertEquals("new", Files.readString(root.resolve("site/index.html")));
    }

    @Test
    void aPageThatWouldLandOutsideTheSiteIsRefusedAndTheOldSiteStays() throws IOException {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("index.html"), "old");

        assertThrows(ChorusException.class, () -> publish(site, 
                Map.of("index.html", bytes("new"), "../escaped.html", bytes("x"))));

        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(root.resolve("escaped.html")));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }

    @Test
    void aStagingFolderLeftByAnInterruptedBuildIsCleared() throws IOException {
        Path stale = Files.createDirectories(root.resolve(".site.staging/old"));
        Files.writeString(stale.resolve("page.html"), "stale");

        publish(root.resolve("site"), Map.of("index.html", bytes("new")));

        assertFalse(Files.exists(root.resolve("site/old")));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }
}
