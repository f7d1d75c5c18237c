package io.offerline.core.stats;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The summed counters of a report row (or of its totals), in the reporting currency; every
 * derived metric is computed from these by {@code report.Metrics}. {@code conversions},
 * {@code revenue} and {@code cost} are what the report counts (see {@link CellDelta#counters});
 * {@code statuses} are the conversions of each status, counted or not.
 */
public record Counters(long visits, long clicks, long botVisits, long conversions, BigDecimal revenue,
        BigDecimal cost, StatusCounts statuses) {

    public static final Counters ZERO = new Counters(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, StatusCounts.ZERO);

    public Counters {
        revenue = Money.stored(Objects.requireNonNull(revenue, "revenue"));
        cost = Money.stored(Objects.requireNonNull(cost, "cost"));
        Objects.requireNonNull(statuses, "statuses");
    }

    public Counters plus(Counters other) {
        return new Counters(visits + other.visits, clicks + other.clicks,
                botVisits + other.botVisits, conversions + other.conversions, revenue.add(other.revenue), cost.add(other.cost),
                statuses.plus(other.statuses));
    }
}
