package dev.chorus.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Inspects a built site the way a reader and a feed reader would meet it: every internal link,
 * image and {@code #fragment} must resolve; every page needs a title, unique ids and alt text;
 * every feed must parse and carry what its format requires.
 *
 * <p>Links are resolved against the files on disk. Absolute links count as internal when they
 * start with the site's base URL, which is read from the home page's canonical link, so the
 * check needs nothing but the folder.
 */
public final class SiteChecker {
    /** The file names Chorus gives feeds; any file a page announces as a feed is checked too. */
    private static final Set<String> FEED_NAMES = Set.of("feed.xml", "atom.xml", "feed.json");
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json");
    /** A stand-in origin so java.net.URI can resolve site paths; never contacted. */
    private static final String ORIGIN = "http://site.invalid/";

    private final Path site;

    public SiteChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** One problem: {@code page: message}. */
    public record Problem(String page, String message) {
        @Override
        public String toString() {
            return page + ": " + message;
        }
    }

    /** What was checked and what is wrong, problems in page order. */
    public record Report(int pages, int feeds, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Report check() {
        if (!Files.isDirectory(site)) {
            throw new ChorusException(SourcePos.of(site.toString()), "no site here; build one first with ./chorus build");
        }
        List<String> files = list();
        Set<String> fileSet = new HashSet<>(files);
        Map<String, Document> pages = new LinkedHashMap<>();
        for (String f : files) {
            if (f.endsWith(".html") || f.endsWith(".htm")) {
                pages.put(f, parse(f));
            }
        }
        Resolver resolver = new Resolver(baseUrl(pages.get("index.html")), fileSet);
        Map<String, Set<String>> anchors = new HashMap<>();
        pages.forEach((path, doc) -> anchors.put(path, anchorsOf(doc)));

        Map<String, List<Problem>> found = new java.util.TreeMap<>();
        Set<String> feeds = new TreeSet<>();
        for (String f : files) {
            if (FEED_NAMES.contains(f.substring(f.lastIndexOf('/') + 1))) {
                feeds.add(f);
            }
        }
        pages.forEach((path, doc) -> {
            List<Problem> problems = found.computeIfAbsent(path, k -> new ArrayList<>());
            checkPage(path, doc, resolver, anchors, problems);
            for (Element e : doc.select("link[rel~=(?i)alternate][href]")) {
                if (FEED_TYPES.contains(e.attr("type").toLowerCase(Locale.ROOT))) {
                    Target t = resolver.resolve(path, e.attr("href"));
                    if (t != null && t.file() != null) {
                        feeds.add(t.file());
                    }
                }
            }
        });
        for (String feed : feeds) {
            List<Problem> problems = found.computeIfAbsent(feed, k -> new ArrayList<>());
            if (feed.endsWith(".json")) {
                checkJsonFeed(feed, resolver, problems);
            } else {
                checkXmlFeed(feed, resolver, problems);
            }
        }
        List<Problem> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        return new Report(pages.size(), feeds.size(), all);
    }

    private void checkPage(String path, Document doc, Resolver resolver, Map<String, Set<String>> anchors,
                           List<Problem> problems) {
        Element title = doc.selectFirst("head title, title");
        if (title == null) {
            problems.add(new Problem(path, "no <title>"));
        } else if (title.text().isBlank()) {
            problems.add(new Problem(path, "empty <title>"));
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Element e : doc.select("[id]")) {
            ids.merge(e.id(), 1, Integer::sum);
        }
        ids.forEach((id, n) -> {
            if (n > 1) {
                problems.add(new Problem(path, "duplicate id \"" + id + "\" (" + n + " elements)"));
            }
        });
        for (Element img : doc.select("img")) {
            if (!img.hasAttr("alt")) {
                problems.add(new Problem(path, "image without alt text: " + img.attr("src")));
            }
        }
        for (Element e : doc.select("[href], [src], [cite], [poster], [srcset]")) {
            if (e.tagName().equals("base")) {
                continue;
            }
            for (String attr : List.of("href", "src", "cite", "poster")) {
                if (e.hasAttr(attr)) {
                    checkLink(path, e, e.attr(attr), resolver, anchors, problems);
                }
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        checkLink(path, e, url, resolver, anchors, problems);
                    }
                }
            }
        }
    }

    private void checkLink(String page, Element e, String link, Resolver resolver, Map<String, Set<String>> anchors,
                           List<Problem> problems) {
        boolean image = e.tagName().equals("img") || e.tagName().equals("source") || e.hasAttr("poster");
        Target t = resolver.resolve(page, link);
        if (t == null) {
            return;
        }
        if (t.outside()) {
            problems.add(new Problem(page, "link outside the site: " + link));
            return;
        }
        if (t.file() == null) {
            problems.add(new Problem(page, (image ? "missing image: " : "dead link: ") + link));
            return;
        }
        String fragment = t.fragment();
        if (fragment == null || fragment.isEmpty() || fragment.equals("top")) {
            return;
        }
        Set<String> ids = anchors.get(t.file());
        if (ids != null && !ids.contains(fragment)) {
            problems.add(new Problem(page, "missing fragment: " + link + " (no id \"" + fragment + "\" in "
                    + t.file() + ")"));
        }
    }

    private void checkXmlFeed(String feed, Resolver resolver, List<Problem> problems) {
        WireFeed parsed;
        try (Reader r = Files.newBufferedReader(site.resolve(feed), StandardCharsets.UTF_8)) {
            WireFeedInput input = new WireFeedInput();
            // a feed reader gets the bytes as they are: no repairs
            input.setXmlHealerOn(false);
            parsed = input.build(r);
        } catch (FeedException | IllegalArgumentException e) {
            problems.add(new Problem(feed, "feed does not parse: " + oneLine(e.getMessage())));
            return;
        } catch (IOException e) {
            problems.add(new Problem(feed, "cannot read: " + e.getMessage()));
            return;
        }
        if (parsed instanceof Channel c) {
            requireText(feed, problems, c.getTitle(), "<channel> has no <title>");
            requireText(feed, problems, c.getLink(), "<channel> has no <link>");
            requireText(feed, problems, c.getDescription(), "<channel> has no <description>");
            int n = 0;
            for (Item item : c.getItems()) {
                n++;
                String title = item.getTitle();
                String description = item.getDescription() == null ? null : item.getDescription().getValue();
                if (blank(title) && blank(description)) {
                    problems.add(new Problem(feed, "<item> " + n + " has neither <title> nor <description>"));
                }
                checkFeedLink(feed, "<item> " + n + " <link>", item.getLink(), resolver, problems);
            }
        } else if (parsed instanceof Feed f) {
            requireText(feed, problems, f.getId(), "<feed> has no <id>");
            requireText(feed, problems, f.getTitle(), "<feed> has no <title>");
            if (f.getUpdated() == null) {
                problems.add(new Problem(feed, "<feed> has no valid <updated>"));
            }
            int n = 0;
            for (Entry entry : f.getEntries()) {
                n++;
                String what = "<entry> " + n;
                requireText(feed, problems, entry.getId(), what + " has no <id>");
                requireText(feed, problems, entry.getTitle(), what + " has no <title>");
                if (entry.getUpdated() == null) {
                    problems.add(new Problem(feed, what + " has no valid <updated>"));
                }
                if (f.getAuthors().isEmpty() && entry.getAuthors().isEmpty()) {
                    problems.add(new Problem(feed, what + " has no <author>, and neither has the <feed>"));
                }
                entry.getAlternateLinks().forEach(l ->
                        checkFeedLink(feed, what + " <link>", l.getHref(), resolver, problems));
            }
        } else {
            problems.add(new Problem(feed, "not an RSS or Atom feed"));
        }
    }

    private void checkJsonFeed(String feed, Resolver resolver, List<Problem> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(site.resolve(feed).toFile());
        } catch (JsonProcessingException e) {
            problems.add(new Problem(feed, "feed does not parse: " + oneLine(e.getOriginalMessage())
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "")));
            return;
        } catch (IOException e) {
            problems.add(new Problem(feed, "cannot read: " + e.getMessage()));
            return;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem(feed, "a JSON Feed must be a JSON object"));
            return;
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isTextual() || !version.asText().startsWith("https://jsonfeed.org/version/")) {
            problems.add(new Problem(feed, "JSON Feed has no \"version\" (https://jsonfeed.org/version/1.1)"));
        }
        JsonNode title = root.get("title");
        if (title == null || !title.isTextual() || title.asText().isBlank()) {
            problems.add(new Problem(feed, "JSON Feed has no \"title\""));
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            problems.add(new Problem(feed, "JSON Feed has no \"items\" array"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String what = "item " + (i + 1);
            JsonNode id = item.get("id");
            if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
                problems.add(new Problem(feed, what + " has no \"id\""));
            }
            if (!item.hasNonNull("content_html") && !item.hasNonNull("content_text")) {
                problems.add(new Problem(feed, what + " has neither \"content_html\" nor \"content_text\""));
            }
            if (item.hasNonNull("url")) {
                checkFeedLink(feed, what + " \"url\"", item.get("url").asText(), resolver, problems);
            }
        }
    }

    /** An item's link into this site must resolve like a page's; links elsewhere are not ours to check. */
    private void checkFeedLink(String feed, String what, String link, Resolver resolver, List<Problem> problems) {
        if (link == null || link.isBlank()) {
            return;
        }
        Target t = resolver.resolve("", link);
        if (t != null && !t.outside() && t.file() == null) {
            problems.add(new Problem(feed, what + " is a dead link: " + link));
        }
    }

    private static void requireText(String feed, List<Problem> problems, String value, String message) {
        if (blank(value)) {
            problems.add(new Problem(feed, message));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private List<String> list() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document parse(String file) {
        try {
            return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the site was built for, from the home page's canonical link; "/" when there is none. */
    private static String baseUrl(Document home) {
        if (home != null) {
            Element canonical = home.selectFirst("link[rel~=(?i)canonical][href]");
            if (canonical != null) {
                String href = canonical.attr("href").strip();
                if (href.matches("(?i)https?://\\S+") || href.startsWith("/")) {
                    return href.endsWith("/") ? href : href.substring(0, href.lastIndexOf('/') + 1);
                }
            }
        }
        return "/";
    }

    private static Set<String> anchorsOf(Document doc) {
        Set<String> out = new HashSet<>();
        doc.select("[id]").forEach(e -> out.add(e.id()));
        doc.select("a[name]").forEach(e -> out.add(e.attr("name")));
        return out;
    }

    /**
     * Where a link goes.
     *
     * @param file     the site file it names, or null when there is none
     * @param outside  true when it climbs out of the site's folder
     */
    private record Target(String file, String fragment, boolean outside) {
    }

    /** Maps links, relative, root-relative or absolute under the base URL, to files of the site. */
    private static final class Resolver {
        private final String base;
        private final String basePath;
        private final Set<String> files;

        Resolver(String base, Set<String> files) {
            this.base = base;
            String path = base;
            try {
                URI u = new URI(base);
                path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            } catch (URISyntaxException e) {
                path = "/";
            }
            this.basePath = path.endsWith("/") ? path : path + "/";
            this.files = files;
        }

        /** Null for links that are not ours to check: other sites, mailto:, data: and the like. */
        Target resolve(String page, String link) {
            String l = link.strip();
            if (l.isEmpty()) {
                return null;
            }
            URI ref;
            try {
                ref = new URI(l.replace(" ", "%20"));
            } catch (URISyntaxException e) {
                return new Target(null, null, false);
            }
            String sitePath;
            if (ref.isAbsolute() || l.startsWith("//")) {
                String absolute = l.startsWith("//") && base.contains("//") ? base.substring(0, base.indexOf("//")) + l : l;
                if (!base.contains("//") || !absolute.startsWith(base) && !(absolute + "/").equals(base)) {
                    return null;
                }
                sitePath = absolute.length() <= base.length() ? "" : absolute.substring(base.length());
                return lookup(URI.create(ORIGIN).resolve(safe(sitePath)));
            }
            if (l.startsWith("/")) {
                if (!l.startsWith(basePath) && !(l + "/").equals(basePath)) {
                    return new Target(null, null, true);
                }
                sitePath = l.length() <= basePath.length() ? "" : l.substring(basePath.length());
                return lookup(URI.create(ORIGIN).resolve(safe(sitePath)));
            }
            URI pageUri = URI.create(ORIGIN).resolve(safe(page));
            return lookup(pageUri.resolve(ref));
        }

        private static String safe(String path) {
            return path.replace(" ", "%20");
        }

        private Target lookup(URI u) {
            String path = u.getPath() == null ? "/" : u.getPath();
            if (!path.startsWith("/") || path.startsWith("/../") || path.equals("/..")) {
                return new Target(null, u.getFragment(), true);
            }
            String rel = path.substring(1);
            String file = null;
            if (rel.isEmpty() || rel.endsWith("/")) {
                file = files.contains(rel + "index.html") ? rel + "index.html" : null;
            } else if (files.contains(rel)) {
                file = rel;
            } else if (files.contains(rel + "/index.html")) {
                file = rel + "/index.html";
            }
            return new Target(file, u.getFragment(), false);
        }
    }
}
