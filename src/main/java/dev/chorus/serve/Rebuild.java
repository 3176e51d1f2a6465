package dev.chorus.serve;

import dev.chorus.site.Build;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * How the preview server builds the site: the one seam between serving and building. The
 * server calls it once at start (with no changed files) and then once per batch of file events,
 * never two at a time. Requests are served from the last site while it runs, except while it
 * holds {@code writing}.
 */
@FunctionalInterface
public interface Rebuild {
    /**
     * Builds the site into the folder being served.
     *
     * @param changed the files and folders that changed since the last call (absolute paths; a
     *                folder when its contents are unknown, e.g. after an event overflow); empty
     *                for the first build, which must build everything
     * @param writing to hold while the folder being served changes; no file is served meanwhile,
     *                so a request gets a file of the old site or of the new one, never a mix
     * @throws dev.chorus.model.ChorusException for a problem in the input; shown in the browser
     *                until the next build succeeds
     */
    Build.Result run(Set<Path> changed, Lock writing);
}
