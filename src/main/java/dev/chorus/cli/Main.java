package dev.chorus.cli;

import dev.chorus.model.ChorusException;
import dev.chorus.model.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The chorus command. The only place that exits. */
@Command(name = "chorus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a themed commentary digest: articles, speakers and themes, as a static site.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class,
                ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Content errors: the user's input needs fixing. */
    static final int EXIT_CONTENT = 1;
    /** Usage errors: the command line needs fixing (picocli's own code for bad options). */
    static final int EXIT_USAGE = 2;
    /** A bug in Chorus. */
    static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.originalArgs().contains("--verbose") || parsed.originalArgs().contains("-v");
            if (ex instanceof ChorusException ce) {
                err.println("error: " + ce.describe());
                if (verbose) {
                    ce.printStackTrace(err);
                }
                err.flush();
                return ce instanceof UsageException ? EXIT_USAGE : EXIT_CONTENT;
            }
            err.println("internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_INTERNAL;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("error: Chorus ran out of memory (it may use " + mb + " MB); the site was left as it was. "
                    + "Give it more with CHORUS_JAVA_OPTS=-Xmx" + Math.max(2, 2 * mb / 1024 + 1) + "g ./chorus …, "
                    + "or split very large articles");
            code = EXIT_CONTENT;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"chorus " + (v == null ? "dev" : v)};
        }
    }
}
