package dev.chorus.site;

import dev.chorus.index.DigestView;
import dev.chorus.model.Article;
import dev.chorus.render.Formats;
import dev.chorus.render.Renderer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The full HTML of an article as feeds carry it, made once per build and only for articles a
 * feed that is being made needs; the feed page that asks inherits what it was made from.
 */
final class FeedContent {
    static final String TEMPLATE = "feed-item.ftlh";

    private record Made(String html, Set<String> keys) {
    }

    private final DigestView digest;
    private final Renderer renderer;
    private final Links absolute;
    private final Map<String, Made> made = new ConcurrentHashMap<>();

    FeedContent(DigestView digest, Renderer renderer) {
        this.digest = digest;
        this.renderer = renderer;
        this.absolute = Links.absoluteFor(digest.config().baseUrl());
    }

    /** The article's feed HTML; the keys it was made from join the asking page's. */
    String of(Article a, PageDigest asking) {
        Made m = made.computeIfAbsent(a.slug(), slug -> make(a));
        asking.deps().addAll(m.keys());
        return m.html();
    }

    private Made make(Article a) {
        Deps deps = new Deps();
        PageDigest d = new PageDigest(digest, deps);
        deps.add(Versions.article(a.slug()));
        deps.add(Versions.template(TEMPLATE));
        Map<String, Object> m = new HashMap<>();
        m.put("article", a);
        m.put("digest", d);
        m.put("site", d.config());
        m.put("fmt", new Formats());
        m.put("links", absolute);
        String html = renderer.renderString(TEMPLATE, m);
        return new Made(Feeds.absolutize(html, absolute.absolute(Links.articlePath(a.slug()))), Set.copyOf(deps.keys()));
    }
}
