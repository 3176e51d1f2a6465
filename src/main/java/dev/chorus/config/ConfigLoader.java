package dev.chorus.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.model.ChorusException;
import dev.chorus.model.Link;
import dev.chorus.model.SourcePos;
import dev.chorus.model.Speaker;
import dev.chorus.model.Theme;
import dev.chorus.text.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads chorus.yml into a validated {@link SiteConfig}. */
public final class ConfigLoader {

    /** The same rule as --base-url. */
    public static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}[a-z0-9]");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Built-in defaults, used as they are when there is no chorus.yml. */
    public static SiteConfig defaults() {
        return new SiteConfig("Chorus digest", "", "/", "en", null, List.of(), List.of(), List.of(),
                SiteConfig.DEFAULT_FEED_LIMIT);
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
        ConfigFile file;
        String text = "";
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
            file = text.isBlank() ? null : yaml.readValue(text, ConfigFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ChorusException(keyLine(pos, text, e.getPropertyName(), e.getLocation()), "unknown key '" + e.getPropertyName()
                    + "'; known keys here: " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            String last = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new ChorusException(keyLine(pos, text, last, e.getLocation()), "wrong type for '" + pathOf(e)
                    + "': " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ChorusException(at(pos, e.getLocation()), "not valid YAML: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ChorusException(pos, "cannot read: " + e.getMessage());
        }
        return file == null ? defaults() : validate(file, pos, text);
    }

    private SiteConfig validate(ConfigFile f, SourcePos pos, String text) {
        SiteConfig d = defaults();
        List<Theme> themes = new ArrayList<>();
        Set<String> themeSlugs = new HashSet<>();
        for (ConfigFile.ThemeEntry t : nonNull(f.themes())) {
            if (t == null || (t.slug() == null && t.title() == null)) {
                throw new ChorusException(pos, "every theme needs a 'slug' or a 'title'");
            }
            String slug = t.slug() != null ? t.slug() : Slugs.of(t.title());
            if (!Slugs.isValid(slug)) {
                throw new ChorusException(pos, "theme slug '" + slug
                        + "' may contain only a-z, 0-9 and '-'; for example '" + Slugs.of(slug) + "'");
            }
            if (!themeSlugs.add(slug)) {
                throw new ChorusException(pos, "theme '" + slug + "' is defined twice");
            }
            themes.add(new Theme(slug, t.title() != null ? t.title() : slug,
                    t.description() == null ? "" : t.description(), nonNull(t.keywords())));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (ConfigFile.SpeakerEntry s : nonNull(f.speakers())) {
            if (s == null || s.name() == null || s.name().isBlank()) {
                throw new ChorusException(pos, "every entry under 'speakers' needs a 'name'");
            }
            String slug = s.slug() != null ? s.slug() : Slugs.of(s.name());
            if (!Slugs.isValid(slug)) {
                throw new ChorusException(pos, "speaker slug '" + slug
                        + "' may contain only a-z, 0-9 and '-'");
            }
            List<Link> links = nonNull(s.links()).stream()
                    .map(l -> new Link(l.title() != null ? l.title() : l.url(), l.url())).toList();
            speakers.add(new Speaker(slug, s.name().strip(), nonNull(s.aliases()), s.role(), s.bio(), links));
        }
        List<Pattern> boilerplate = new ArrayList<>();
        for (String p : nonNull(f.boilerplate())) {
            try {
                boilerplate.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new ChorusException(pos, "boilerplate pattern '" + p + "' is not a valid regular "
                        + "expression: " + e.getDescription());
            }
        }
        if (f.baseUrl() != null && !f.baseUrl().isBlank() && !ABSOLUTE_URL.matcher(f.baseUrl().strip()).matches()) {
            throw new ChorusException(keyLine(pos, text, "baseUrl", null), "baseUrl must be an absolute http(s) URL "
                    + "such as https://user.github.io/repo/, not '" + f.baseUrl() + "'");
        }
        return new SiteConfig(
                f.title() != null ? f.title() : d.title(),
                f.description() != null ? f.description() : d.description(),
                SiteConfig.normaliseBaseUrl(f.baseUrl()),
                f.language() != null ? f.language() : d.language(),
                cname(f.cname(), keyLine(pos, text, "cname", null)),
                themes, speakers, boilerplate, feedLimit(f.feedLimit(), keyLine(pos, text, "feedLimit", null)));
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

    /**
     * GitHub Pages reads CNAME as one bare host name; a scheme, a path or a port there makes it
     * silently ignore the custom domain.
     */
    private static String cname(String value, SourcePos pos) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String host = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!HOST_NAME.matcher(host).matches()) {
            throw new ChorusException(pos, "cname must be a bare host name such as digest.example.org "
                    + "(no https://, no path, no port), not '" + value.strip() + "'");
        }
        return host;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Jackson reports where it stopped reading; a person wants the line of the key. */
    private static SourcePos keyLine(SourcePos pos, String text, String key, JsonLocation loc) {
        if (key != null) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches("\\s*(- )?\\s*\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:.*")) {
                    return pos.atLine(i + 1);
                }
            }
        }
        return at(pos, loc);
    }

    private static SourcePos at(SourcePos pos, JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? pos : pos.atLine(loc.getLineNr());
    }

    private static String pathOf(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
