package io.offerline.core.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small read-through cache whose entries live for a fixed time. Absent values are cached
 * too, so a flood of requests for an unknown id costs one read per TTL; they are kept apart, in
 * a smaller space of their own, so that lookups of random ids can never evict a known one.
 */
public final class TtlCache<K, V> {

    /** How many absent keys are remembered at most; a flood beyond it only costs reads. */
    static final int MAX_ABSENT_ENTRIES = 1_000;

    /** How long {@link #getOrLast} answers the last known value after a failed load before it tries again. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private record Entry<V>(Optional<V> value, Instant expiresAt) {
    }

    private record Failure(RuntimeException failure, Instant retryAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> present = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Entry<V>> absent = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Failure> failing = new ConcurrentHashMap<>();
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
        Entry<V> entry = entry(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        return load(key, loader, now);
    }

    /**
     * As {@link #get}, but when the load fails the last value known for the key answers, however
     * old, and keeps answering for {@link #RETRY_AFTER_FAILURE} before a load is tried again; with
     * no value known, the failure is thrown again for that long without a load. A storage outage
     * thus costs one failed load per key and interval, not one per request.
     *
     * @throws RuntimeException the load's failure, when no value was ever known for the key (or it was evicted)
     */
    public Optional<V> getOrLast(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.instant();
        Entry<V> entry = entry(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        Failure recent = entry == null ? failing.get(key) : null;
        if (recent != null && now.isBefore(recent.retryAt())) {
            throw recent.failure();
        }
        try {
            Optional<V> value = load(key, loader, now);
            failing.remove(key);
            return value;
        } catch (RuntimeException failed) {
            if (entry == null) {
                putFailure(key, new Failure(failed, now.plus(RETRY_AFTER_FAILURE)));
                throw failed;
            }
            store(key, entry.value(), now.plus(RETRY_AFTER_FAILURE));
            return entry.value();
        }
    }

    private void putFailure(K key, Failure failure) {
        if (failing.size() >= MAX_ABSENT_ENTRIES) {
            failing.clear();
        }
        failing.put(key, failure);
    }

    private Entry<V> entry(K key) {
        Entry<V> entry = present.get(key);
        return entry != null ? entry : absent.get(key);
    }

    private Optional<V> load(K key, Function<K, Optional<V>> loader, Instant now) {
        Optional<V> value = loader.apply(key);
        store(key, value, now.plus(ttl));
        return value;
    }

    private void store(K key, Optional<V> value, Instant expiresAt) {
        if (value.isPresent()) {
            absent.remove(key);
            put(present, maxEntries, key, new Entry<>(value, expiresAt));
        } else {
            present.remove(key);
            put(absent, Math.min(maxEntries, MAX_ABSENT_ENTRIES), key, new Entry<>(value, expiresAt));
        }
    }

    /** Drops the entry, so that the next {@link #get} loads it again. */
    public void forget(K key) {
        present.remove(key);
        absent.remove(key);
    }

    /** Drops every known entry whose value passes {@code test}. */
    public void forgetIf(Predicate<V> test) {
        present.values().removeIf(entry -> entry.value().filter(test).isPresent());
    }

    /** Changes a present entry's value and keeps its expiry, so a replaced entry lives no longer than it would have. */
    public void replace(K key, V value) {
        present.computeIfPresent(key, (unused, entry) -> new Entry<>(Optional.of(value), entry.expiresAt()));
    }

    private static <K, V> void put(ConcurrentHashMap<K, Entry<V>> entries, int limit, K key, Entry<V> entry) {
        if (entries.size() >= limit) {
            entries.clear(); // simplest bound: a warm function holds a few hundred known entries at most
        }
        entries.put(key, entry);
    }
}
