package io.offerline.core.stats;

import io.offerline.core.common.Money;
import io.offerline.core.conversion.ConversionStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Counter changes of one cell (or, summed, its stored counters); negative where a conversion was
 * reversed or left a status. Amounts keep the stored money scale, so equal deltas are {@code equals}.
 *
 * @param trafficCost what the visits cost (CPC, CPM, AUTO), in the bucket of the visit
 * @param atPostback conversions in the bucket of their postback, by status
 * @param atVisit the same conversions in the bucket of their visit
 */
public record CellDelta(long visits, long clicks, long botVisits, BigDecimal trafficCost, Outcomes atPostback, Outcomes atVisit) {

    public static final CellDelta ZERO = new CellDelta(0, 0, 0, BigDecimal.ZERO, Outcomes.NONE, Outcomes.NONE);

    public CellDelta {
        trafficCost = Money.stored(Objects.requireNonNull(trafficCost, "trafficCost"));
        Objects.requireNonNull(atPostback, "atPostback");
        Objects.requireNonNull(atVisit, "atVisit");
    }

    /** Traffic only: visits, clicks and their cost. */
    public static CellDelta traffic(long visits, long clicks, long botVisits, BigDecimal cost) {
        return new CellDelta(visits, clicks, botVisits, cost, Outcomes.NONE, Outcomes.NONE);
    }

    public static CellDelta atPostback(Outcomes outcomes) {
        return new CellDelta(0, 0, 0, BigDecimal.ZERO, outcomes, Outcomes.NONE);
    }

    public static CellDelta atVisit(Outcomes outcomes) {
        return new CellDelta(0, 0, 0, BigDecimal.ZERO, Outcomes.NONE, outcomes);
    }

    public CellDelta plus(CellDelta other) {
        return new CellDelta(visits + other.visits, clicks + other.clicks,
                botVisits + other.botVisits, trafficCost.add(other.trafficCost), atPostback.plus(other.atPostback),
                atVisit.plus(other.atVisit));
    }

    public CellDelta negated() {
        return new CellDelta(-visits, -clicks, -botVisits, trafficCost.negate(), atPostback.negated(),
                atVisit.negated());
    }

    /** Whether applying this delta would change nothing. */
    public boolean isZero() {
        return equals(ZERO);
    }

    /** The traffic part of this delta: visits, clicks and their cost, no conversions. */
    public CellDelta trafficOnly() {
        return new CellDelta(visits, clicks, botVisits, trafficCost, Outcomes.NONE, Outcomes.NONE);
    }

    /** The conversions of {@code status} alone, no traffic. */
    public CellDelta conversionsOnly(ConversionStatus status) {
        return new CellDelta(0, 0, 0, BigDecimal.ZERO, atPostback.only(status), atVisit.only(status));
    }

    /** The counters a report sums, pending revenue counted; see {@link #counters(ConversionTime, boolean)}. */
    public Counters counters(ConversionTime conversionTime) {
        return counters(conversionTime, true);
    }

    /**
     * The counters a report sums, with conversions placed by {@code conversionTime}: approved and
     * pending conversions count, declined ones do not; without {@code pendingRevenue}, what pending
     * conversions earn and cost (CPA, revenue share) is left out of revenue and cost.
     */
    public Counters counters(ConversionTime conversionTime, boolean pendingRevenue) {
        CounterSum sum = new CounterSum();
        addTo(sum, conversionTime, pendingRevenue);
        return sum.counters();
    }

    /** Adds {@link #counters(ConversionTime, boolean) the counters a report sums} to {@code sum}. */
    public void addTo(CounterSum sum, ConversionTime conversionTime, boolean pendingRevenue) {
        Outcomes outcomes = conversionTime == ConversionTime.VISIT ? atVisit : atPostback;
        sum.addTraffic(visits, clicks, botVisits, trafficCost);
        sum.addOutcome(outcomes.approved(), ConversionStatus.APPROVED, true, true);
        sum.addOutcome(outcomes.pending(), ConversionStatus.PENDING, true, pendingRevenue);
        sum.addOutcome(outcomes.declined(), ConversionStatus.DECLINED, false, false);
    }
}
