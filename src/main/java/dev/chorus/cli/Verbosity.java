package dev.chorus.cli;

import picocli.CommandLine.Option;

/** --verbose: show stack traces with errors. Read by the exception handler in {@link Main}. */
final class Verbosity {
    @Option(names = {"-v", "--verbose"}, description = "Show the Java stack trace with errors, and how long each phase of a build took.")
    boolean verbose;
}
