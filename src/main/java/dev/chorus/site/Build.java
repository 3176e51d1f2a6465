package dev.chorus.site;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chorus.config.SiteConfig;
import dev.chorus.extract.Extraction;
import dev.chorus.extract.Extractor;
import dev.chorus.index.Digest;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import dev.chorus.model.Theme;
import dev.chorus.render.Renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One build, in named phases: read and extract every source, index the digest, render every
 * page, publish. Any content error stops the build before anything is written.
 */
public final class Build {
    /**
     * @param project   the folder paths in messages are shown relative to; never written
     * @param drafts    include articles marked draft: true
     * @param dateEpoch SOURCE_DATE_EPOCH, or null: the only clock the output may show
     */
    public record Options(Path project, Path source, Path out, Path templates, SiteConfig config,
                          boolean drafts, Long dateEpoch) {
    }

    /** What a build did, for the summary line. */
    public record Result(int articles, int speakers, int themes, int quotes, int pages, long millis,
                         List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final Options options;

    public Build(Options options) {
        this.options = options;
    }

    public Result run() {
        long start = System.nanoTime();
        OutputGuard.check(options.out(), options.project(), options.source(), options.templates());
        Renderer renderer = new Renderer(options.templates(), shown(options.templates()));

        List<String> warnings = new ArrayList<>();
        List<Extraction> extractions = read(warnings);
        List<Article> articles = uniqueSlugs(extractions, warnings);
        List<Theme> newThemes = new ArrayList<>();
        extractions.forEach(e -> newThemes.addAll(e.newThemes()));
        Digest digest = new Digest(options.config(), articles, newThemes);
        checkAddress(options.config(), warnings);

        Map<String, byte[]> files = render(digest, renderer);
        files.putAll(assets());
        files.put("digest.json", digestJson(digest));
        // GitHub Pages would otherwise run the site through Jekyll
        files.put(".nojekyll", new byte[0]);
        new Publisher(options.out()).publish(files);

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(articles.size(), digest.speakers().size(), digest.themes().size(), digest.quoteCount(),
                files.size(), millis, warnings);
    }

    private List<Extraction> read(List<String> warnings) {
        SourceReader reader = new SourceReader(options.project(), options.config().maxFileSize());
        FrontMatterParser frontMatter = new FrontMatterParser();
        Extractor extractor = new Extractor(options.config());
        List<Path> files = reader.list(options.source(), warnings::add);
        Map<Path, Object> results = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            try {
                results.put(f, extractor.extract(frontMatter.parse(reader.read(f))));
            } catch (ChorusException e) {
                results.put(f, e);
            }
        });
        List<Extraction> out = new ArrayList<>();
        for (Path f : files) {
            Object r = results.get(f);
            if (r instanceof ChorusException e) {
                throw e;
            }
            Extraction x = (Extraction) r;
            warnings.addAll(x.warnings());
            if (!x.draft() || options.drafts()) {
                out.add(x);
            }
        }
        return out;
    }

    /** Two articles with one slug: the later file gets -2, -3…; when both chose it, that is an error. */
    private static List<Article> uniqueSlugs(List<Extraction> extractions, List<String> warnings) {
        Map<String, Extraction> bySlug = new HashMap<>();
        Set<String> taken = new HashSet<>();
        extractions.forEach(e -> taken.add(e.article().slug()));
        List<Article> out = new ArrayList<>();
        for (Extraction e : extractions) {
            Article a = e.article();
            Extraction first = bySlug.get(a.slug());
            if (first == null) {
                bySlug.put(a.slug(), e);
                out.add(a);
                continue;
            }
            if (first.slugFixed() && e.slugFixed()) {
                throw new ChorusException(new SourcePos(a.file(), e.slugLine()), "slug '" + a.slug() + "' is also set by "
                        + first.article().file() + "; give one of them another slug");
            }
            int n = 2;
            while (taken.contains(a.slug() + "-" + n)) {
                n++;
            }
            String slug = a.slug() + "-" + n;
            taken.add(slug);
            warnings.add(new SourcePos(a.file(), e.slugLine()) + ": slug '" + a.slug() + "' is already used by " + first.article().file()
                    + "; this article is published as '" + slug + "' (set 'slug:' in its front matter to choose)");
            Article renamed = new Article(slug, a.file(), a.title(), a.kind(), a.opinion(), a.date(), a.summary(),
                    a.source(), a.body(), a.faq(), a.quotes(), a.speakers(), a.mentions(), a.themes(), a.wordCount());
            bySlug.put(slug, e);
            out.add(renamed);
        }
        return out;
    }

    private Map<String, byte[]> render(Digest digest, Renderer renderer) {
        Links absolute = Links.absoluteFor(digest.config().baseUrl());
        Map<String, String> feedContent = new ConcurrentHashMap<>();
        digest.chronological().parallelStream().forEach(a -> {
            Map<String, Object> m = new HashMap<>();
            m.put("article", a);
            m.put("digest", digest);
            m.put("site", digest.config());
            m.put("fmt", new dev.chorus.render.Formats());
            m.put("links", absolute);
            String html = renderer.renderString("feed-item.ftlh", m);
            feedContent.put(a.slug(), Feeds.absolutize(html, absolute.absolute(Links.articlePath(a.slug()))));
        });
        List<Page> pages = new SitePlan(digest, options.dateEpoch(), feedContent).pages();
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(p -> files.put(p.path(),
                p.template() == null ? p.content() : renderer.render(p.template(), p.model())));
        return new HashMap<>(files);
    }

    /** What a site published from this configuration would get wrong. */
    private static void checkAddress(SiteConfig config, List<String> warnings) {
        if (!config.hasBaseUrl()) {
            warnings.add("baseUrl is not set, so feeds and canonical links use root-relative URLs (/articles/…), "
                    + "which are right only at the root of a domain, and no sitemap.xml is written; set baseUrl in "
                    + "chorus.yml or pass --base-url https://user.github.io/repo/");
            return;
        }
        if (config.cname() != null) {
            String host = java.net.URI.create(config.baseUrl()).getHost();
            if (host != null && !host.equalsIgnoreCase(config.cname())) {
                warnings.add("cname is " + config.cname() + " but baseUrl is on " + host
                        + "; GitHub Pages will serve the site at the cname, so feeds and canonical links would point "
                        + "elsewhere: make baseUrl https://" + config.cname() + "/");
            }
        }
    }

    /** Everything under templates/assets/ is copied to assets/ as it is. */
    private Map<String, byte[]> assets() {
        Path dir = options.templates().resolve("assets");
        Map<String, byte[]> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] digestJson(Digest digest) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String s = json.writer(printer).writeValueAsString(DigestJson.digest(digest, new Links(0, digest.config().baseUrl())));
            return (s + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path project = options.project().toAbsolutePath().normalize();
        return abs.startsWith(project) && !abs.equals(project) ? project.relativize(abs).toString() : abs.toString();
    }
}
