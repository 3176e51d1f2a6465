package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.model.ChorusException;
import dev.chorus.text.Slugs;
import dev.chorus.text.YamlLines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits YAML front matter (between '---' lines at the top of a file) from the body and reads
 * it. The delimiters are found here; the YAML itself is parsed by Jackson.
 */
public final class FrontMatterParser {
    private static final Set<String> KNOWN = Set.of("title", "date", "speakers", "speaker", "author",
            "authors", "themes", "tags", "categories", "source", "summary", "description", "slug",
            "draft", "opinion",
            // common Hugo/Jekyll keys that mean nothing to Chorus but are harmless
            "layout", "lastmod", "weight", "permalink", "aliases", "type", "published", "image",
            "keywords", "url");
    private static final String READS = "Chorus reads title, date, speakers (or author/authors), themes (or "
            + "tags/categories), source, summary, slug, draft, opinion";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public Document parse(SourceFile file) {
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new Document(file, FrontMatter.NONE, text, 1);
        }
        int lineNo = 1;
        int pos = 4;
        int end = -1;
        int bodyStart = -1;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
            lineNo++;
            if (line.strip().equals("---") || line.strip().equals("...")) {
                end = pos;
                bodyStart = nl < 0 ? text.length() : nl + 1;
                break;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (end < 0) {
            throw new ChorusException(file.pos(1), "front matter starts with '---' but never ends; "
                    + "add a line with just '---' after the last front matter line");
        }
        String yamlText = text.substring(4, end);
        FrontMatter fm = read(file, yamlText);
        return new Document(file, fm, text.substring(bodyStart), lineNo + 1);
    }

    private FrontMatter read(SourceFile file, String yamlText) {
        if (yamlText.isBlank()) {
            return FrontMatter.NONE;
        }
        JsonNode root;
        try {
            root = yaml.readTree(yamlText);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr() + 1;
            throw new ChorusException(file.pos(line), "front matter is not valid YAML: "
                    + firstLine(e.getOriginalMessage()) + "; check the indentation and quote values that contain ':'");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return FrontMatter.NONE;
        }
        if (!(root instanceof ObjectNode obj)) {
            throw new ChorusException(file.pos(2), "front matter must be 'key: value' lines, such as 'title: My article'");
        }
        // the YAML starts on the file's second line, after the opening '---'
        YamlLines lines = YamlLines.of(yamlText, 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!KNOWN.contains(key)) {
                throw new ChorusException(file.pos(lines.line("/" + key)), "unknown front matter key '" + key
                        + "'; " + READS);
            }
        }
        Reader r = new Reader(file, obj, lines, new HashMap<>());
        List<String> speakers = r.names(false, "speakers", "speaker");
        // Hugo's and Jekyll's author is the byline, not someone the article quotes
        List<String> authors = r.names(false, "author", "authors");
        List<String> themes = r.names(true, "themes", "tags", "categories");
        String summary = r.string("summary");
        if (summary == null) {
            summary = r.string("description");
        }
        String slug = r.string("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            throw new ChorusException(file.pos(lines.line("/slug")), "slug '" + slug + "' may contain only a-z, 0-9 "
                    + "and single '-' between words; for example '" + Slugs.of(slug) + "'");
        }
        String title = r.string("title");
        String source = r.string("source");
        LocalDate date = r.date("date");
        Boolean draft = r.bool("draft");
        Boolean opinion = r.bool("opinion");
        obj.fieldNames().forEachRemaining(k -> r.where().putIfAbsent(k, lines.line("/" + k)));
        return new FrontMatter(title, date, speakers, authors, themes, source, summary, slug, draft, opinion, r.where());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Reads typed values, naming the line and the expected shape when a value has another. */
    private record Reader(SourceFile file, ObjectNode obj, YamlLines lines, Map<String, Integer> where) {

        String string(String key) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isValueNode()) {
                throw new ChorusException(file.pos(lines.line("/" + key)), "'" + key + "' must be a single value, not "
                        + (n.isArray() ? "a list" : "a map") + "; write it on one line, such as "
                        + (key.equals("date") ? "date: 2025-03-14" : key + ": \"…\" (quotes let it contain ':' and '#')"));
            }
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }

        Boolean bool(String key) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            String s = n.isValueNode() ? n.asText().strip() : n.isArray() ? "a list" : "a map";
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes")) {
                return true;
            }
            if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no")) {
                return false;
            }
            throw new ChorusException(file.pos(lines.line("/" + key)), "'" + key + "' must be true or false, not '"
                    + s + "'; write " + key + ": true or " + key + ": false");
        }

        LocalDate date(String key) {
            String s = string(key);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException notADay) {
                try {
                    return OffsetDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException notAnInstant) {
                    try {
                        return LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate();
                    } catch (DateTimeParseException e) {
                        throw new ChorusException(file.pos(lines.line("/" + key)), "'" + key + "' is not a date: '" + s
                                + "'; write it as YYYY-MM-DD, e.g. 2025-03-14");
                    }
                }
            }
        }

        /**
         * Reads names from any of the given keys: a single string, a comma list or a YAML list.
         *
         * @param remember whether to note each name's line, as "themes/NAME"
         */
        List<String> names(boolean remember, String... keys) {
            Set<String> out = new LinkedHashSet<>();
            for (String key : keys) {
                JsonNode n = obj.get(key);
                if (n == null || n.isNull()) {
                    continue;
                }
                if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        JsonNode item = n.get(i);
                        if (item.isNull()) {
                            continue;
                        }
                        if (!item.isValueNode()) {
                            throw new ChorusException(file.pos(lines.line("/" + key + "/" + i)), "'" + key
                                    + "' must be a list of names, such as " + example(key) + "; item "
                                    + (i + 1) + " is " + (item.isArray() ? "a list" : "a map"));
                        }
                        add(out, item.asText(), remember ? lines.line("/" + key + "/" + i) : 0);
                    }
                } else if (n.isValueNode()) {
                    for (String part : n.asText().split(",")) {
                        add(out, part, remember ? lines.line("/" + key) : 0);
                    }
                } else {
                    throw new ChorusException(file.pos(lines.line("/" + key)), "'" + key + "' must be a name or a list "
                            + "of names, such as " + example(key) + ", not a map");
                }
            }
            return new ArrayList<>(out);
        }

        private static String example(String key) {
            return key + (key.startsWith("speaker") || key.startsWith("author") ? ": [Ada Lovelace, Alan Turing]"
                    : ": [regulation, soul-of-cinema]");
        }

        private void add(Set<String> out, String s, int line) {
            String t = s.strip();
            if (!t.isEmpty() && out.add(t) && line > 0) {
                where.putIfAbsent("themes/" + t, line);
            }
        }
    }
}
