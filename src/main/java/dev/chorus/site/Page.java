package dev.chorus.site;

import java.util.Map;
import java.util.function.Function;

/**
 * One output file and how to make it. Both functions are given the digest as the page sees
 * it, which records what the page reads; neither runs unless the page has to be made.
 *
 * @param path     relative output path, e.g. {@code articles/x/index.html}
 * @param template template name in templates/, or null for a file made by {@code content}
 */
record Page(String path, String template, Function<PageDigest, Map<String, Object>> model,
            Function<PageDigest, byte[]> content) {

    static Page templated(String path, String template, Function<PageDigest, Map<String, Object>> model) {
        return new Page(path, template, model, null);
    }

    static Page file(String path, Function<PageDigest, byte[]> content) {
        return new Page(path, null, null, content);
    }
}
