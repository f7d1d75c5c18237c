package io.offerline.core.cap;

import java.util.Collection;
import java.util.Map;

/** Cap counters: one item per offer and window, changed only by conditional writes. */
public interface CapCounters {

    /** Identifies one counter. */
    record CapKey(String offerId, String window) {
    }

    /**
     * Counts one more unless the counter has reached {@code limit}.
     *
     * @return false when the cap was already reached; the counter is then unchanged
     */
    boolean tryIncrement(CapKey key, long limit);

    /** The current counts of the given counters, in one batch read; a missing counter is 0. */
    Map<CapKey, Long> counts(Collection<CapKey> keys);
}
