package dev.chorus.site;

import dev.chorus.model.UsageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy the user's work: the project itself,
 * the sources, the templates, the folder of the config file, or any folder holding one of them.
 * Paths are compared after symbolic links are resolved, so a link cannot disguise any of these.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path out, Path project, Path source, Path templates) {
        check(out, project, source, templates, null);
    }

    /** @param config the config file, or null when there is none */
    public static void check(Path out, Path project, Path source, Path templates, Path config) {
        Path o = real(out);
        check(o, real(project), "the project folder");
        check(o, real(source), "the source folder");
        check(o, real(templates), "the templates folder");
        if (config != null) {
            Path file = real(config);
            if (file.getParent() != null) {
                check(o, file.getParent(), "the folder of the config file " + config);
            }
        }
        if (o.startsWith(real(source)) && !o.equals(real(source))) {
            throw new UsageException("refusing to use " + o + " as the output folder: it is inside the source folder ("
                    + real(source) + "), so its pages would be read as articles; choose a folder outside it such as site/");
        }
        Path home = real(Path.of(System.getProperty("user.home")));
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

    /**
     * The absolute path with every symbolic link resolved, for as much of it as exists; the
     * rest (an output folder not created yet) is appended as written.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            // a dangling link: compare it as written
            return abs;
        }
    }
}
