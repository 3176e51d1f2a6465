package dev.chorus.cli;

import dev.chorus.config.ConfigLoader;
import dev.chorus.config.SiteConfig;
import dev.chorus.model.UsageException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --config and --base-url, shared by the commands that read chorus.yml. */
final class ConfigOptions {
    static final String DEFAULT_CONFIG = "chorus.yml";

    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_CONFIG)
    Path config;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at, e.g. https://user.github.io/repo/ "
                    + "(overrides baseUrl in chorus.yml).")
    String baseUrl;

    SiteConfig load() {
        boolean explicit = !config.toString().equals(DEFAULT_CONFIG);
        SiteConfig site = new ConfigLoader().load(config, config.toString(), explicit);
        if (baseUrl != null) {
            if (!ConfigLoader.ABSOLUTE_URL.matcher(baseUrl).matches()) {
                throw new UsageException("--base-url must be an absolute http(s) URL, e.g. https://user.github.io/repo/");
            }
            site = site.withBaseUrl(baseUrl);
        }
        return site;
    }
}
