package dev.chorus.cli;

import dev.chorus.check.SiteChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a built site: every internal link, image and #fragment resolves, every page has "
                + "a title, unique ids and alt text on images, and every feed parses with what its format "
                + "requires. Prints one 'page: problem' line per problem and exits with 1 if there is any.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = {"--site", "--out"}, paramLabel = "DIR", defaultValue = "site",
            description = "The built site to check (default: ${DEFAULT-VALUE}/).")
    Path site;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return report(spec.commandLine().getOut(), site);
    }

    /** Checks the site and prints the outcome; the exit code: 0 when clean, 1 with problems. */
    static int report(PrintWriter out, Path site) {
        SiteChecker.Report r = new SiteChecker(site).check();
        r.problems().forEach(out::println);
        String counts = "checked " + r.pages() + " pages, " + r.feeds() + " feeds: ";
        out.println(counts + (r.ok() ? "no problems" : r.problems().size()
                + (r.problems().size() == 1 ? " problem" : " problems")));
        return r.ok() ? 0 : Main.EXIT_CONTENT;
    }
}
