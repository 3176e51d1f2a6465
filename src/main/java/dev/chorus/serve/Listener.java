package dev.chorus.serve;

import dev.chorus.site.Build;

import java.nio.file.Path;
import java.util.Set;

/** Hears about every build the preview server runs; the command line prints what it hears. */
public interface Listener {
    /** @param changed empty for the first build */
    void built(Build.Result result, Set<Path> changed, long millis);

    /** @param error a {@link dev.chorus.model.ChorusException} for bad input, else a bug */
    void failed(RuntimeException error, Set<Path> changed, long millis);
}
