package dev.chorus.site;

import dev.chorus.model.UsageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder is replaced on every build, so it may hold nothing the user wrote. */
class OutputGuardTest {
    @TempDir
    Path root;
    Path project;
    Path seeds;
    Path templates;
    Path config;

    @BeforeEach
    void aProject() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        seeds = Files.createDirectories(project.resolve("seeds"));
        templates = Files.createDirectories(project.resolve("templates"));
        config = Files.writeString(project.resolve("chorus.yml"), "title: T\n");
    }

    private void assertRefused(Path out, String why) {
        UsageException e = assertThrows(UsageException.class,
                () -> OutputGuard.check(out, project, seeds, templates, config));
        assertTrue(e.getMessage().startsWith("refusing to use "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains("choose a folder"), "says what to do instead: " + e.getMessage());
    }

    @Test
    void theProjectFolderIsRefused() {
        assertRefused(project, "is the project folder");
        assertRefused(project.resolve("seeds/.."), "is the project folder");
    }

    @Test
    void theSourceFolderIsRefused() {
        assertRefused(seeds, "is the source folder");
    }

    @Test
    void theTemplatesFolderIsRefused() {
        assertRefused(templates, "is the templates folder");
    }

    @Test
    void aFolderThatContainsTheProjectIsRefused() {
        assertRefused(root, "contains the project folder");
    }

    @Test
    void aFolderThatContainsSourcesOrTemplatesKeptElsewhereIsRefused() throws IOException {
        Path content = Files.createDirectories(root.resolve("content"));
        seeds = Files.createDirectories(content.resolve("seeds"));
        assertRefused(content, "contains the source folder");
        Path theme = Files.createDirectories(root.resolve("theme"));
        seeds = project.resolve("seeds");
        templates = Files.createDirectories(theme.resolve("templates"));
        assertRefused(theme, "contains the templates folder");
    }

    @Test
    void theFolderOfTheConfigFileIsRefused() throws IOException {
        Path settings = Files.createDirectories(root.resolve("settings"));
        config = Files.writeString(settings.resolve("digest.yml"), "title: T\n");
        assertRefused(settings, "is the folder of the config file");
        assertRefused(root, "contains");
    }

    @Test
    void aFolderInsideTheSourcesIsRefused() {
        assertRefused(seeds.resolve("site"), "inside the source folder");
    }

    @Test
    void aSymbolicLinkToTheProjectIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("site-link"), project);
        assertRefused(link, "is the project folder");
    }

    @Test
    void aPathThroughASymbolicLinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("elsewhere"), project);
        assertRefused(link.resolve("seeds"), "is the source folder");
        assertRefused(link.resolve("templates"), "is the templates folder");
    }

    @Test
    void sourcesReachedThroughASymbolicLinkAreStillProtected() throws IOException {
        Path real = Files.createDirectories(root.resolve("out/articles"));
        seeds = Files.createSymbolicLink(project.resolve("linked-seeds"), real);
        assertRefused(root.resolve("out"), "contains the source folder");
    }

    @Test
    void theHomeFolderAndTheFileSystemRootAreRefused() {
        assertThrows(UsageException.class, () -> OutputGuard.check(Path.of(System.getProperty("user.home")),
                project, seeds, templates, config));
        assertThrows(UsageException.class, () -> OutputGuard.check(Path.of("/"), project, seeds, templates, config));
    }

    @Test
    void aFolderOfItsOwnIsFine() throws IOException {
        assertDoesNotThrow(() -> OutputGuard.check(project.resolve("site"), project, seeds, templates, config));
        assertDoesNotThrow(() -> OutputGuard.check(root.resolve("public/site"), project, seeds, templates, config));
        Path link = Files.createSymbolicLink(project.resolve("out-link"), Files.createDirectories(root.resolve("www")));
        assertDoesNotThrow(() -> OutputGuard.check(link, project, seeds, templates, config));
    }
}
