package dev.chorus.site;

import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs one page read while it was made: keys such as {@code a:<slug>} (an article),
 * {@code s:<slug>} (a speaker and their quotes) or {@code tpl:article.ftlh} (a template). A
 * page is made again only when one of these changed; see {@link Versions} for what each key
 * stands for.
 */
final class Deps {
    private final Set<String> keys = new TreeSet<>();

    void add(String key) {
        keys.add(key);
    }

    void addAll(Set<String> more) {
        keys.addAll(more);
    }

    Set<String> keys() {
        return keys;
    }
}
