package io.offerline.core.cap;

import java.util.Collection;
import java.util.Map;

/** Cap counters: per offer and window, changed only by conditional writes. */
public interface CapCounters {

    /** Identifies one counter. */
    record CapKey(String offerId, String window) {
    }

    /**
     * Counts one more unless the counter has reached {@code limit}. The count is spread over
     * several items, so that a counter takes thousands of increments a second (a click cap on a
     * hot offer), and {@link #counts} sums them. The total never passes {@code limit}, and the
     * limit is refused only once it is reached. (A conversion cap counts in the same transaction
     * as its conversion instead: {@code ConversionRepository.recordCounted}.)
     *
     * @return false when the cap was already reached
     */
    boolean tryIncrementSpread(CapKey key, long limit);

    /** The current counts of the given counters (the sum of a spread counter's items), in batch reads; a missing counter is 0. */
    Map<CapKey, Long> counts(Collection<CapKey> keys);
}
