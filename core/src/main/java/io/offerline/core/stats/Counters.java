package io.offerline.core.stats;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The summed counters of a report row (or of its totals), in the reporting currency; every
 * derived metric is computed from these by {@code report.Metrics}.
 */
public record Counters(long visits, long uniqueVisits, long clicks, long botVisits, long conversions, BigDecimal revenue,
        BigDecimal cost) {

    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public Counters {
        revenue = Money.stored(Objects.requireNonNull(revenue, "revenue"));
        cost = Money.stored(Objects.requireNonNull(cost, "cost"));
    }

    public Counters plus(Counters other) {
        return new Counters(visits + other.visits, uniqueVisits + other.uniqueVisits, clicks + other.clicks,
                botVisits + other.botVisits, conversions + other.conversions, revenue.add(other.revenue), cost.add(other.cost));
    }
}
