package io.offerline.core.stats;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Counter changes of one cell (or, summed, its stored counters); negative where a conversion was
 * reversed. Amounts keep the stored money scale, so equal deltas are {@code equals}.
 *
 * <p>{@code uniqueVisits} counts visits whose click id is new. Every visit creates a new click id,
 * so today it equals {@code visits}; it is kept separate so that a later definition (for instance
 * by visitor fingerprint within a day) changes the folder, not the cells' shape.
 *
 * @param trafficCost what the visits cost (CPC, CPM, AUTO), in the bucket of the visit
 * @param atPostback conversions in the bucket of their postback
 * @param atVisit the same conversions in the bucket of their visit
 */
public record CellDelta(long visits, long uniqueVisits, long clicks, long botVisits, BigDecimal trafficCost, Outcome atPostback,
        Outcome atVisit) {

    public static final CellDelta ZERO = new CellDelta(0, 0, 0, 0, BigDecimal.ZERO, Outcome.NONE, Outcome.NONE);

    public CellDelta {
        trafficCost = Money.stored(Objects.requireNonNull(trafficCost, "trafficCost"));
        Objects.requireNonNull(atPostback, "atPostback");
        Objects.requireNonNull(atVisit, "atVisit");
    }

    /** Traffic only: visits, clicks and their cost. */
    public static CellDelta traffic(long visits, long clicks, long botVisits, BigDecimal cost) {
        return new CellDelta(visits, visits, clicks, botVisits, cost, Outcome.NONE, Outcome.NONE);
    }

    public static CellDelta atPostback(Outcome outcome) {
        return new CellDelta(0, 0, 0, 0, BigDecimal.ZERO, outcome, Outcome.NONE);
    }

    public static CellDelta atVisit(Outcome outcome) {
        return new CellDelta(0, 0, 0, 0, BigDecimal.ZERO, Outcome.NONE, outcome);
    }

    public CellDelta plus(CellDelta other) {
        return new CellDelta(visits + other.visits, uniqueVisits + other.uniqueVisits, clicks + other.clicks,
                botVisits + other.botVisits, trafficCost.add(other.trafficCost), atPostback.plus(other.atPostback),
                atVisit.plus(other.atVisit));
    }

    public CellDelta negated() {
        return new CellDelta(-visits, -uniqueVisits, -clicks, -botVisits, trafficCost.negate(), atPostback.negated(),
                atVisit.negated());
    }

    /** Whether applying this delta would change nothing. */
    public boolean isZero() {
        return equals(ZERO);
    }

    /** The counters a report sums, with conversions placed by {@code conversionTime}. */
    public Counters counters(ConversionTime conversionTime) {
        Outcome outcome = conversionTime == ConversionTime.VISIT ? atVisit : atPostback;
        return new Counters(visits, uniqueVisits, clicks, botVisits, outcome.conversions(), outcome.revenue(),
                trafficCost.add(outcome.cost()));
    }
}
