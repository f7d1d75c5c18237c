package io.offerline.core.cap;

import io.offerline.core.common.TtlCache;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.Offer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether an offer's cap is reached, for routing. Conversion caps are read from the counters
 * through a short cache, so a warm redirect reads them at most once per {@link #STALENESS} and
 * offer; click caps are enforced by the conditional increment itself, spread so that a hot
 * offer's counter takes thousands of visitors a second ({@link CapCounters#tryIncrementSpread}).
 *
 * <p>A cap that cannot be checked (the click count's write or the conversion count's read fails,
 * and no count is known) does not admit: the visitor goes down the cap's fallback chain, as when
 * the cap is reached. A failing store then never lets an offer take more than its cap; the price
 * is that visitors who might have fit go to the fallback while storage is down.
 */
public final class CapStatus {

    /** How long a redirect may route on a conversion count it already read. */
    public static final Duration STALENESS = Duration.ofSeconds(10);

    private static final Logger LOG = System.getLogger(CapStatus.class.getName());

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
     * counts the visitor now (a conditional write) and refuses once the limit is reached; a cap
     * that cannot be checked refuses.
     */
    public boolean admits(Offer offer) {
        Cap cap = offer.cap();
        if (cap == null || !cap.enabled()) {
            return true;
        }
        Instant now = clock.instant();
        CapCounters.CapKey key = new CapCounters.CapKey(offer.id(), CapWindow.of(cap, now));
        try {
            if (cap.metric() == CapMetric.CLICKS) {
                return counters.tryIncrementSpread(key, cap.limit());
            }
            return conversionCount(key) < cap.limit();
        } catch (RuntimeException uncheckable) {
            LOG.log(Level.WARNING, "the cap of offer " + offer.id() + " could not be checked: the visitor goes to its fallback",
                    uncheckable);
            return false;
        }
    }

    /** The cached count, else the counters' one; when that read fails, the last count known, however old. */
    private long conversionCount(CapCounters.CapKey key) {
        return counts.getOrLast(key, missing -> Optional.of(counters.counts(List.of(missing)).getOrDefault(missing, 0L))).orElse(0L);
    }
}
