package dev.chorus.site;

import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A throw-away project: the incremental fixture's seeds and config with the real templates. */
final class FixtureProject {
    final Path root;
    final Path seeds;
    final Path templates;
    final Path config;

    FixtureProject(Path root) {
        this.root = root;
        this.seeds = root.resolve("seeds");
        this.templates = root.resolve("templates");
        this.config = root.resolve("chorus.yml");
        copy(Path.of("src/test/resources/sites/incremental/seeds"), seeds);
        copy(Path.of("templates"), templates);
        try {
            Files.copy(Path.of("src/test/resources/sites/incremental/chorus.yml"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Build.Result build(Path out, boolean clean) {
        return build(out, clean, null);
    }

    /** A build as {@code serve} makes it, with what the last one left kept in {@code memory}. */
    Build.Result build(Path out, boolean clean, Build.Memory memory) {
        SiteConfig site = new ConfigLoader().load(config, "chorus.yml", true);
        return new Build(new Build.Options(root, seeds, out, templates, site, false, null, clean), memory).run();
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, Long> mtimes(Path dir) {
        Map<String, Long> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }
}
