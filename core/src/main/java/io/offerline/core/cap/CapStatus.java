package io.offerline.core.cap;

import io.offerline.core.common.TtlCache;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.Offer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an offer's cap is reached, for routing. Conversion caps are read from the counters
 * through a short cache, so a warm redirect reads them at most once per {@link #STALENESS} and
 * offer; click caps are enforced by the conditional increment itself.
 */
public final class CapStatus {

    /** How long a redirect may route on a conversion count it already read. */
    public static final Duration STALENESS = Duration.ofSeconds(10);

    private final CapCounters counters;
    private final Clock clock;
    private final TtlCache<CapCounters.CapKey, Long> counts;

    public CapStatus(CapCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
        this.counts = new TtlCache<>(STALENESS, clock, 10_000);
    }

    /**
     * Whether the offer may take this visitor: a disabled or missing cap always may; a click cap
     * counts the visitor now (one conditional write) and refuses once the limit is reached.
     */
    public boolean admits(Offer offer) {
        Cap cap = offer.cap();
        if (cap == null || !cap.enabled()) {
            return true;
        }
        Instant now = clock.instant();
        CapCounters.CapKey key = new CapCounters.CapKey(offer.id(), CapWindow.of(cap, now));
        if (cap.metric() == CapMetric.CLICKS) {
            return counters.tryIncrement(key, cap.limit());
        }
        long count = counts.get(key, missing -> Optional.of(counters.counts(java.util.List.of(missing)).getOrDefault(missing, 0L)))
                .orElse(0L);
        return count < cap.limit();
    }
}
