package dev.chorus.site;

import dev.chorus.model.UsageException;

import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy the user's work: the project itself,
 * the sources, the templates, or any folder holding one of them.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path out, Path project, Path source, Path templates) {
        Path o = out.toAbsolutePath().normalize();
        check(o, project.toAbsolutePath().normalize(), "the project folder");
        check(o, source.toAbsolutePath().normalize(), "the source folder");
        check(o, templates.toAbsolutePath().normalize(), "the templates folder");
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (o.getParent() == null || o.equals(home)) {
            throw new UsageException("refusing to use " + o + " as the output folder: Chorus replaces that "
                    + "folder on every build; choose a folder of its own such as site/");
        }
    }

    private static void check(Path out, Path protectedDir, String what) {
        if (protectedDir.startsWith(out)) {
            throw new UsageException("refusing to use " + out + " as the output folder: it "
                    + (protectedDir.equals(out) ? "is " : "contains ") + what + " (" + protectedDir
                    + "), and Chorus replaces the output folder on every build; choose a folder of its own such as site/");
        }
    }
}
