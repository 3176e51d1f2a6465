package dev.chorus.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list made the first time it is read. An incremental build loads every article
 * from its cache but shows the text of only the few pages it makes again; decoding every
 * article's body up front was most of the time it took to load the cache of a large digest,
 * and most of the memory the cache then held.
 *
 * @param <T> the elements
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess {
    private final Object origin;
    private final Supplier<List<T>> source;
    private volatile List<T> list;

    /**
     * @param origin what the list is made from, kept so a writer can copy it without making it
     * @param source makes the list; called at most once, from whichever thread reads it first
     */
    public DeferredList(Object origin, Supplier<List<T>> source) {
        this.origin = origin;
        this.source = source;
    }

    public Object origin() {
        return origin;
    }

    private List<T> list() {
        List<T> l = list;
        if (l == null) {
            synchronized (this) {
                l = list;
                if (l == null) {
                    l = List.copyOf(source.get());
                    list = l;
                }
            }
        }
        return l;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
