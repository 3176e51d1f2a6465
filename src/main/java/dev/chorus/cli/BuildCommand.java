package dev.chorus.cli;

import dev.chorus.model.UsageException;
import dev.chorus.site.Build;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site: reads the articles in the source folder, extracts quotes, "
                + "speakers and themes, and writes the pages to the output folder.")
final class BuildCommand implements Callable<Integer> {
    /** Warnings beyond this many are counted, not printed. */
    static final int MAX_WARNINGS = 20;
    /** "seeds/x.md:3: what is wrong": a warning's place and its words. */
    private static final Pattern POSITIONED = Pattern.compile("(\\S+?:\\d+): (.+)", Pattern.DOTALL);

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
        Build.Options o = options.load(clean);
        options.checkOutput();
        Build.Result r = new Build(o).run();
        PrintWriter err = spec.commandLine().getErr();
        printWarnings(err, r.warnings());
        String files = r.written() == r.pages() ? r.pages() + " files written"
                : r.written() + " of " + r.pages() + " files written";
        spec.commandLine().getOut().printf("Built %d articles, %d speakers, %d themes, %d quotes: %s to %s/ in %d ms%n",
                r.articles(), r.speakers(), r.themes(), r.quotes(), files, options.out, r.millis());
        if (verbosity.verbose) {
            err.println(phases(r));
        }
        return check ? CheckCommand.report(spec.commandLine().getOut(), options.out) : 0;
    }

    /** For --verbose: where a build's time went, and how many files it made again. */
    static String phases(Build.Result r) {
        List<String> phases = new ArrayList<>();
        r.phases().forEach((phase, ms) -> phases.add(phase + " " + ms + " ms"));
        return "phases: " + String.join(", ", phases) + "; " + r.made() + " files made, "
                + (r.pages() - r.made()) + " known unchanged";
    }

    /**
     * Prints the warnings of a build once, at its end: the same words about several files (an
     * unknown theme used in many articles) become one line naming the first file and counting
     * the others, and beyond {@link #MAX_WARNINGS} lines the rest is counted, not printed.
     */
    static void printWarnings(PrintWriter err, List<String> warnings) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (String w : warnings) {
            Matcher m = POSITIONED.matcher(w);
            String where = m.matches() ? m.group(1) : "";
            byMessage.computeIfAbsent(m.matches() ? m.group(2) : w, k -> new ArrayList<>()).add(where);
        }
        int printed = 0;
        for (Map.Entry<String, List<String>> e : byMessage.entrySet()) {
            if (printed == MAX_WARNINGS) {
                break;
            }
            List<String> places = e.getValue();
            String first = places.get(0).isEmpty() ? "" : places.get(0) + ": ";
            String others = places.size() == 1 ? "" : " (also in " + (places.size() - 1)
                    + (places.size() == 2 ? " other file)" : " other files)");
            err.println("warning: " + first + e.getKey() + others);
            printed++;
        }
        if (byMessage.size() > printed) {
            err.println("… and " + (byMessage.size() - printed) + " more warnings");
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
