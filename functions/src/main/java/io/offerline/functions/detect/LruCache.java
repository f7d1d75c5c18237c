package io.offerline.functions.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache for a warm function. Values are computed outside the lock, so two
 * threads may compute the same value once each; both results are equal.
 */
final class LruCache<K, V> {

    private static final float LOAD_FACTOR = 0.75f;

    private final Map<K, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, LOAD_FACTOR, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V computed = compute.apply(key);
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
