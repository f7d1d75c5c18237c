package io.offerline.core.cap;

import java.util.Collection;
import java.util.Map;

/** Cap counters: per offer and window, changed only by conditional writes. */
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

    /**
     * Counts one more unless the counter has reached {@code limit}, as {@link #tryIncrement}, for
     * a counter that may take thousands of increments a second (a click cap on a hot offer): the
     * count is spread over several items, and {@link #counts} sums them. The total never passes
     * {@code limit}, and the limit is refused only once it is reached.
     *
     * @return false when the cap was already reached
     */
    boolean tryIncrementSpread(CapKey key, long limit);

    /** The current counts of the given counters (the sum of a spread counter's items), in batch reads; a missing counter is 0. */
    Map<CapKey, Long> counts(Collection<CapKey> keys);
}
