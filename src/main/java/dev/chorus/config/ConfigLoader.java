package dev.chorus.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.model.ChorusException;
import dev.chorus.model.Link;
import dev.chorus.model.SourcePos;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.text.ByteSizes;
import dev.chorus.text.Slugs;
import dev.chorus.text.YamlLines;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads chorus.yml into a validated {@link SiteConfig}. */
public final class ConfigLoader {

    /** The same rule as --base-url, and the rule for speaker links: http(s) and nothing else. */
    public static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");
    /** The largest article file read unless chorus.yml sets maxFileSize. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L << 20;
    /** Beyond this a file would not fit in memory as text anyway. */
    private static final long LARGEST_MAX_FILE_SIZE = 1L << 30;
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}[a-z0-9]");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** What each key holds, for messages about a value of the wrong type. */
    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("themes", "a list of themes, each with slug, title, description and keywords"),
            Map.entry("speakers", "a list of speakers, each with name, slug, aliases, role, bio and links"),
            Map.entry("boilerplate", "a list of regular expressions"),
            Map.entry("keywords", "a list of words, like [soul, heart]"),
            Map.entry("aliases", "a list of names, like [Sly, Sly Stallone]"),
            Map.entry("links", "a list of links, each with a title and an https:// url"),
            Map.entry("unsafeRawHtml", "true or false"),
            Map.entry("maxFileSize", "a size such as 10MB"));

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Built-in defaults, used as they are when there is no chorus.yml. */
    public static SiteConfig defaults() {
        return new SiteConfig("Chorus digest", "", "/", "en", null, List.of(), List.of(), List.of(),
                SiteConfig.DEFAULT_FEED_LIMIT, DEFAULT_MAX_FILE_SIZE, false);
    }

    /**
     * @param path      the config file
     * @param shownAs   the path as the user should see it in messages
     * @param mustExist whether a missing file is an error (it is when named with --config)
     */
    public SiteConfig load(Path path, String shownAs, boolean mustExist) {
        SourcePos pos = SourcePos.of(shownAs);
        if (!Files.exists(path)) {
            if (mustExist) {
                throw new ChorusException(pos, "config file not found; create it or leave out --config");
            }
            return defaults();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ChorusException(pos.atLine(1), "this is not UTF-8 text; save " + shownAs + " as UTF-8");
        } catch (IOException e) {
            throw new ChorusException(pos, "cannot read: " + e.getMessage());
        }
        if (text.isBlank()) {
            return defaults();
        }
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ChorusException(at(pos, e.getLocation()), "not valid YAML: " + firstLine(e.getOriginalMessage())
                    + "; check the indentation, and put values that contain ': ' or ' #' in quotes");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return defaults();
        }
        Where where = new Where(pos, YamlLines.of(text));
        if (!root.isObject()) {
            throw new ChorusException(pos.atLine(1), "chorus.yml must be 'key: value' lines, such as 'title: My digest'");
        }
        ConfigFile file;
        try {
            file = yaml.treeToValue(root, ConfigFile.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String guess = closest(e.getPropertyName(), known);
            throw new ChorusException(where.at(pointer(e)), "unknown key '" + e.getPropertyName() + "'; "
                    + (guess != null ? "did you mean '" + guess + "'? " : "")
                    + "known keys here: " + String.join(", ", known));
        } catch (MismatchedInputException e) {
            throw new ChorusException(where.at(pointer(e)), wrongType(e, root));
        } catch (JsonProcessingException e) {
            throw new ChorusException(where.at(pointer(e)), "cannot read this value: " + firstLine(e.getOriginalMessage()));
        }
        return validate(file, where);
    }

    private SiteConfig validate(ConfigFile f, Where w) {
        SiteConfig d = defaults();
        List<Theme> themes = new ArrayList<>();
        Map<String, Integer> themeSlugs = new HashMap<>();
        List<ConfigFile.ThemeEntry> themeEntries = nonNull(f.themes());
        for (int i = 0; i < themeEntries.size(); i++) {
            ConfigFile.ThemeEntry t = themeEntries.get(i);
            String at = "/themes/" + i;
            if (t == null || (blank(t.slug()) && blank(t.title()))) {
                throw new ChorusException(w.at(at), "every theme needs a 'slug' or a 'title', "
                        + "such as '- slug: soul-of-cinema'");
            }
            String slug = !blank(t.slug()) ? t.slug().strip() : Slugs.of(t.title());
            if (!Slugs.isValid(slug)) {
                throw new ChorusException(w.at(at + "/slug"), "theme slug '" + slug
                        + "' may contain only a-z, 0-9 and '-'; for example '" + Slugs.of(slug) + "'");
            }
            Integer first = themeSlugs.putIfAbsent(slug, w.lines().line(at));
            if (first != null) {
                throw new ChorusException(w.at(at), "theme '" + slug + "' is defined twice (also on line " + first
                        + "); give one of them another slug");
            }
            themes.add(new Theme(slug, !blank(t.title()) ? t.title().strip() : slug,
                    t.description() == null ? "" : t.description(), nonNull(t.keywords())));
        }
        List<Speaker> speakers = new ArrayList<>();
        Map<String, Integer> speakerSlugs = new HashMap<>();
        List<ConfigFile.SpeakerEntry> speakerEntries = nonNull(f.speakers());
        for (int i = 0; i < speakerEntries.size(); i++) {
            ConfigFile.SpeakerEntry s = speakerEntries.get(i);
            String at = "/speakers/" + i;
            if (s == null || blank(s.name())) {
                throw new ChorusException(w.at(at), "every entry under 'speakers' needs a 'name', "
                        + "such as '- name: Sylvester Stallone'");
            }
            String slug = !blank(s.slug()) ? s.slug().strip() : Slugs.of(s.name());
            if (!Slugs.isValid(slug)) {
                throw new ChorusException(w.at(at + "/slug"), "speaker slug '" + slug
                        + "' may contain only a-z, 0-9 and '-'; for example '" + Slugs.of(slug) + "'");
            }
            Integer first = speakerSlugs.putIfAbsent(slug, w.lines().line(at));
            if (first != null) {
                throw new ChorusException(w.at(at), "speaker slug '" + slug + "' is used twice (also on line "
                        + first + "); set a different 'slug:' on one of them");
            }
            speakers.add(new Speaker(slug, s.name().strip(), nonNull(s.aliases()), s.role(), s.bio(),
                    links(nonNull(s.links()), at, w)));
        }
        List<Pattern> boilerplate = new ArrayList<>();
        List<String> patterns = nonNull(f.boilerplate());
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (p == null) {
                continue;
            }
            try {
                boilerplate.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new ChorusException(w.at("/boilerplate/" + i), "boilerplate pattern '" + p
                        + "' is not a valid regular expression: " + e.getDescription()
                        + "; escape special characters such as . ( [ * with a backslash");
            }
        }
        if (!blank(f.baseUrl()) && !ABSOLUTE_URL.matcher(f.baseUrl().strip()).matches()) {
            throw new ChorusException(w.at("/baseUrl"), "baseUrl must be an absolute http(s) URL "
                    + "such as https://user.github.io/repo/, not '" + f.baseUrl() + "'");
        }
        if (!blank(f.language()) && !LANGUAGE_TAG.matcher(f.language().strip()).matches()) {
            throw new ChorusException(w.at("/language"), "language must be a language tag such as en or pt-BR, not '"
                    + f.language() + "'");
        }
        return new SiteConfig(
                f.title() != null ? f.title() : d.title(),
                f.description() != null ? f.description() : d.description(),
                SiteConfig.normaliseBaseUrl(f.baseUrl()),
                !blank(f.language()) ? f.language().strip() : d.language(),
                cname(f.cname(), w.at("/cname")),
                themes, speakers, boilerplate, feedLimit(f.feedLimit(), w.at("/feedLimit")),
                maxFileSize(f.maxFileSize(), w.at("/maxFileSize")),
                Boolean.TRUE.equals(f.unsafeRawHtml()));
    }

    /**
     * Only http(s) links reach the speaker pages: javascript:, data: or file: links would run
     * code in, or read files from, a reader's browser.
     */
    private static List<Link> links(List<ConfigFile.LinkEntry> entries, String speaker, Where w) {
        List<Link> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            ConfigFile.LinkEntry l = entries.get(k);
            String at = speaker + "/links/" + k;
            if (l == null || blank(l.url())) {
                throw new ChorusException(w.at(at), "every link needs a 'url', such as '- {title: Website, url: https://example.org/}'");
            }
            String url = l.url().strip();
            if (!ABSOLUTE_URL.matcher(url).matches()) {
                throw new ChorusException(w.at(at + "/url"), "link url '" + url + "' is not an http(s) address; "
                        + "only https:// and http:// links are allowed (other schemes such as javascript:, data: "
                        + "or file: can run code in a reader's browser)");
            }
            out.add(new Link(!blank(l.title()) ? l.title().strip() : url, url));
        }
        return out;
    }

    private static int feedLimit(Integer value, SourcePos pos) {
        if (value == null) {
            return SiteConfig.DEFAULT_FEED_LIMIT;
        }
        if (value < 1) {
            throw new ChorusException(pos, "feedLimit must be 1 or more (it is how many of the newest articles "
                    + "each feed carries), not " + value);
        }
        return value;
    }

    private static long maxFileSize(String value, SourcePos pos) {
        if (blank(value)) {
            return DEFAULT_MAX_FILE_SIZE;
        }
        long bytes = ByteSizes.parse(value);
        if (bytes < 0) {
            throw new ChorusException(pos, "maxFileSize must be a size such as 10MB, 512KB or 1GB, not '"
                    + value.strip() + "'");
        }
        if (bytes < 1 || bytes > LARGEST_MAX_FILE_SIZE) {
            throw new ChorusException(pos, "maxFileSize must be more than 0 and at most "
                    + ByteSizes.format(LARGEST_MAX_FILE_SIZE) + ", not " + value.strip() + "; leave it out for the default, "
                    + ByteSizes.format(DEFAULT_MAX_FILE_SIZE));
        }
        return bytes;
    }

    /**
     * GitHub Pages reads CNAME as one bare host name; a scheme, a path or a port there makes it
     * silently ignore the custom domain.
     */
    private static String cname(String value, SourcePos pos) {
        if (blank(value)) {
            return null;
        }
        String host = value.strip().toLowerCase(Locale.ROOT);
        if (!HOST_NAME.matcher(host).matches()) {
            throw new ChorusException(pos, "cname must be a bare host name such as digest.example.org "
                    + "(no https://, no path, no port), not '" + value.strip() + "'");
        }
        return host;
    }

    /** "'themes' must be a list of themes…, not a map" from what Jackson expected and what is there. */
    private static String wrongType(MismatchedInputException e, JsonNode root) {
        List<JsonMappingException.Reference> path = new ArrayList<>(e.getPath());
        Class<?> type = e.getTargetType();
        // a map where a list was expected shows up as the list's first item: point at the list
        while (!path.isEmpty() && path.get(path.size() - 1).getFieldName() == null
                && root.at(pointer(path)).isMissingNode()) {
            path.remove(path.size() - 1);
            type = List.class;
        }
        String key = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        String expected = key != null && SHAPES.containsKey(key) ? SHAPES.get(key)
                : type == null ? "another type"
                : type == String.class ? "a single value (text)"
                : Collection.class.isAssignableFrom(type) ? "a list"
                : type == Boolean.class || type == boolean.class ? "true or false"
                : type == ConfigFile.LinkEntry.class ? "a link, such as {title: Website, url: https://example.org/}"
                : type == ConfigFile.ThemeEntry.class ? "a theme with slug, title, description and keywords"
                : type == ConfigFile.SpeakerEntry.class ? "a speaker with name, slug, aliases, role, bio and links"
                : type.isRecord() ? "a map of 'key: value' lines"
                : "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
        return "'" + dotted(path) + "' must be " + expected + ", not " + describe(root.at(pointer(path)))
                + "; see 'Configuration' in README.md for the shape of each key";
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "this";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "a map";
        }
        if (n.isNull()) {
            return "an empty value";
        }
        String text = n.asText();
        return "'" + (text.length() > 40 ? text.substring(0, 37) + "…" : text) + "'";
    }

    /** The JSON pointer of the value an exception is about: /speakers/0/links. */
    private static String pointer(JsonMappingException e) {
        return pointer(e.getPath());
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return b.toString();
    }

    private static String pointer(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? pointer(m) : "";
    }

    /** speakers[0].links, as a person reads it. */
    private static String dotted(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                b.append(b.length() > 0 ? "." : "").append(r.getFieldName());
            } else {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The known key a mistyped one most likely meant: same letters in another case, or one or two edits away. */
    static String closest(String key, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.equalsIgnoreCase(key) ? 0 : distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static SourcePos at(SourcePos pos, JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? pos.atLine(1) : pos.atLine(loc.getLineNr());
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The config file and where its values are, for messages. */
    private record Where(SourcePos file, YamlLines lines) {
        SourcePos at(String pointer) {
            return file.atLine(Math.max(1, lines.line(pointer)));
        }
    }
}
