package dev.chorus.cli;

import dev.chorus.model.UsageException;
import dev.chorus.site.Build;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site: reads the articles in the source folder, extracts quotes, "
                + "speakers and themes, and writes the pages to the output folder.")
final class BuildCommand implements Callable<Integer> {
    /** Warnings beyond this many are counted, not printed. */
    static final int MAX_WARNINGS = 20;

    @Mixin
    SiteOptions options;

    @Option(names = "--clean", description = "Ignore the build cache (.chorus/) and make every page again.")
    boolean clean;

    @Option(names = "--check", description = "Then check the built site as 'chorus check' does; exit with 1 "
            + "if it finds a problem.")
    boolean check;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Build.Result r = new Build(options.load(clean)).run();
        PrintWriter err = spec.commandLine().getErr();
        printWarnings(err, r.warnings());
        String files = r.written() == r.pages() ? r.pages() + " files written"
                : r.written() + " of " + r.pages() + " files written";
        spec.commandLine().getOut().printf("Built %d articles, %d speakers, %d themes, %d quotes: %s to %s/ in %d ms%n",
                r.articles(), r.speakers(), r.themes(), r.quotes(), files, options.out, r.millis());
        return check ? CheckCommand.report(spec.commandLine().getOut(), options.out) : 0;
    }

    static void printWarnings(PrintWriter err, List<String> warnings) {
        for (int i = 0; i < Math.min(MAX_WARNINGS, warnings.size()); i++) {
            err.println("warning: " + warnings.get(i));
        }
        if (warnings.size() > MAX_WARNINGS) {
            err.println("… and " + (warnings.size() - MAX_WARNINGS) + " more warnings");
        }
    }

    /** The reproducible-builds convention for the one date a build may show. */
    static Long sourceDateEpoch() {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + v + "'");
        }
    }
}
