package io.offerline.core.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small read-through cache whose entries live for a fixed time. Absent values are cached
 * too, so a flood of requests for an unknown id costs one read per TTL.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(Optional<V> value, Instant expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;
    private final int maxEntries;

    public TtlCache(Duration ttl, Clock clock, int maxEntries) {
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        Optional<V> value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear(); // simplest bound: a warm function holds a few hundred entries at most
        }
        entries.put(key, new Entry<>(value, now.plus(ttl)));
        return value;
    }

    /** Drops the entry, so that the next {@link #get} loads it again. */
    public void forget(K key) {
        entries.remove(key);
    }

    /** Changes a present entry's value and keeps its expiry, so a replaced entry lives no longer than it would have. */
    public void replace(K key, V value) {
        entries.computeIfPresent(key, (unused, entry) -> new Entry<>(Optional.of(value), entry.expiresAt()));
    }
}
