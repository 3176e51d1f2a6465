package dev.chorus.serve;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file a request asks for, as a path relative to the site folder, or nothing when the
 * request tries to leave the folder or to smuggle a separator past the checks. Anything odd is
 * refused outright rather than repaired: a browser following the site's own links never sends it.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** "" for the root; a trailing '/' is kept, since it decides between a redirect and index.html. */
    static Optional<String> relative(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.startsWith("//")
                || uri.getScheme() == null && uri.getRawAuthority() != null) {
            return Optional.empty();
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        // an encoded '/', '\' or NUL is never part of a file name on the site
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || raw.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) {
            return Optional.empty();
        }
        String rel = path.substring(1);
        for (String segment : rel.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        try {
            if (!rel.isEmpty() && Path.of(rel).isAbsolute()) {
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(rel);
    }
}
