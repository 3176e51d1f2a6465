package dev.chorus.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a YAML text is, so that a message about a value can name its
 * line. Values are addressed by JSON pointer: {@code /speakers/1/links/0/url}.
 */
public final class YamlLines {
    private static final YAMLFactory YAML = new YAMLFactory();
    /** Knows no positions. */
    public static final YamlLines NONE = new YamlLines(Map.of(), 0);

    private final Map<String, Integer> lines;
    private final int offset;

    private YamlLines(Map<String, Integer> lines, int offset) {
        this.lines = lines;
        this.offset = offset;
    }

    /** Reads as far as the text is valid YAML; positions after a syntax error are unknown. */
    public static YamlLines of(String yaml) {
        return of(yaml, 1);
    }

    /** For YAML embedded in a file, starting on the file's line {@code firstLine}. */
    public static YamlLines of(String yaml, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error is reported by whoever parses the text; here it only ends the map
        }
        return new YamlLines(lines, firstLine - 1);
    }

    /**
     * The 1-based line of the value at {@code pointer}, else of its nearest enclosing key or
     * item, else 0.
     */
    public int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null && line > 0) {
                return line + offset;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }
}
