package dev.chorus.cli;

import dev.chorus.model.ChorusException;
import dev.chorus.serve.Listener;
import dev.chorus.serve.Preview;
import dev.chorus.site.Build;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://127.0.0.1:4000/ and rebuilds it whenever an article, "
                + "a template or chorus.yml changes; open pages reload by themselves. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    /** How many changed files a rebuild line names before it just counts. */
    private static final int NAMED_CHANGES = 3;

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "4000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only); "
                    + "0.0.0.0 lets other machines connect.")
    String host;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new dev.chorus.model.UsageException("--port must be between 0 and 65535, not " + port);
        }
        options.checkOutput();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preview.Settings settings = new Preview.Settings(host, port, options.out,
                List.of(options.source, options.templates), List.of(options.config.config));
        // the one place serve builds: the whole site, reading chorus.yml again each time
        Build.Memory memory = Build.Memory.savingInTheBackground();
        Preview preview = Preview.start(settings, (changed, writing) -> new Build(options.load(), memory).run(writing),
                new Printer(out, err));
        out.println("Serving " + options.out + "/ at " + preview.url() + " (Ctrl-C to stop)");
        out.flush();
        Thread onCtrlC = new Thread(() -> {
            preview.close();
            settle(memory, err);
        }, "chorus-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            // in-process callers (tests) stop the server by interrupting this thread
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            settle(memory, err);
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: that is how we got here
            }
        }
        return 0;
    }

    /** Lets the last build's cache be saved before the process ends. */
    private static void settle(Build.Memory memory, PrintWriter err) {
        try {
            memory.settle();
        } catch (RuntimeException e) {
            // the site is published; without its cache the next build only takes longer
            err.println("warning: the build cache was not saved (" + e.getMessage() + "); the next build makes every page again");
            err.flush();
        }
    }

    /** One line per build on the terminal. */
    private final class Printer implements Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private Set<String> warned = Set.of();

        Printer(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void built(Build.Result r, Set<Path> changed, long millis) {
            // a warning is printed when it first appears, not again on every rebuild
            List<String> fresh = r.warnings().stream().filter(w -> !warned.contains(w)).toList();
            warned = new HashSet<>(r.warnings());
            BuildCommand.printWarnings(err, fresh);
            err.flush();
            String counts = r.articles() + " articles, " + r.speakers() + " speakers, " + r.themes() + " themes, "
                    + r.quotes() + " quotes, " + r.pages() + " files";
            out.println(changed.isEmpty() ? "Built in " + millis + " ms: " + counts
                    : "Rebuilt in " + millis + " ms: " + counts + " (" + describe(changed) + ")");
            out.flush();
            if (verbosity.verbose) {
                err.println(BuildCommand.phases(r));
                err.flush();
            }
        }

        @Override
        public void failed(RuntimeException e, Set<Path> changed, long millis) {
            if (e instanceof ChorusException ce) {
                err.println("error: " + ce.describe());
            } else {
                err.println("internal error: " + e);
            }
            if (verbosity.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
        }

        private String describe(Set<Path> changed) {
            Path here = Path.of("").toAbsolutePath();
            List<String> names = changed.stream().limit(NAMED_CHANGES)
                    .map(p -> p.startsWith(here) ? here.relativize(p).toString() : p.toString()).toList();
            String more = changed.size() > NAMED_CHANGES ? " and " + (changed.size() - NAMED_CHANGES) + " more" : "";
            return String.join(", ", names) + more + " changed";
        }
    }
}
