package dev.chorus.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/assets/ is published as it is, but a link in it never publishes a file from elsewhere. */
class AssetLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkOutOfTheTemplatesIsNotCopiedAndSaysSo() throws IOException {
        FixtureProject project = new FixtureProject(tmp.resolve("project"));
        Path secret = Files.writeString(tmp.resolve("id_rsa"), "PRIVATE KEY");
        Files.createSymbolicLink(project.templates.resolve("assets/key.txt"), secret);
        Files.createSymbolicLink(project.templates.resolve("assets/nothing.css"), tmp.resolve("missing.css"));
        Files.writeString(project.templates.resolve("logo.svg"), "<svg/>");
        Files.createSymbolicLink(project.templates.resolve("assets/logo.svg"), project.templates.resolve("logo.svg"));

        Path site = tmp.resolve("project/site");
        Build.Result r = project.build(site, false);

        assertFalse(Files.exists(site.resolve("assets/key.txt")));
        assertFalse(Files.exists(site.resolve("assets/nothing.css")));
        assertEquals("<svg/>", Files.readString(site.resolve("assets/logo.svg")), "a link inside templates/ is followed");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("assets/key.txt: a symbolic link to " + secret)
                && w.contains("not copied")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("assets/nothing.css: a symbolic link to nothing")),
                r.warnings().toString());
    }
}
