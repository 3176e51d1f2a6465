package dev.chorus.cli;

import dev.chorus.config.SiteConfig;
import dev.chorus.site.Build;
import dev.chorus.site.OutputGuard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The folders and switches of a build, shared by {@code build} and {@code serve}. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of articles: .txt and .md files (default: ${DEFAULT-VALUE}/).")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder (default: ${DEFAULT-VALUE}/); only changed files are written, and the build "
                    + "cache is kept beside it in .chorus/.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "FreeMarker templates and assets (default: ${DEFAULT-VALUE}/).")
    Path templates;

    @Option(names = "--drafts", description = "Include articles marked 'draft: true'.")
    boolean drafts;

    @Mixin
    ConfigOptions config;

    /**
     * Refuses an output folder whose replacement would destroy the user's work; build and serve
     * both ask before they write anything.
     */
    void checkOutput() {
        OutputGuard.check(out, Path.of("").toAbsolutePath(), source, templates, config.config);
    }

    /** Reads chorus.yml again: serve calls this on every rebuild, so edits to it take effect. */
    Build.Options load() {
        return load(false);
    }

    /** @param clean ignore the build cache and make every page again */
    Build.Options load(boolean clean) {
        SiteConfig site = config.load();
        return new Build.Options(Path.of("").toAbsolutePath(), source, out, templates, site, drafts,
                BuildCommand.sourceDateEpoch(), clean);
    }
}
