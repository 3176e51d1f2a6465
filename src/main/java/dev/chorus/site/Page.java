package dev.chorus.site;

import java.util.Map;

/**
 * One output file and how to make it.
 *
 * @param path     relative output path, e.g. {@code articles/x/index.html}
 * @param template template name in templates/, or null for {@code content} written as is
 */
record Page(String path, String template, Map<String, Object> model, byte[] content) {

    static Page templated(String path, String template, Map<String, Object> model) {
        return new Page(path, template, model, null);
    }
}
