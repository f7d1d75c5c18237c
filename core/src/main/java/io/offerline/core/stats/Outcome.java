package io.offerline.core.stats;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What conversions brought and cost in one cell: counted conversions, revenue and the cost that
 * follows conversions (CPA, revenue share). A cell holds it twice, once by the time of the
 * postback and once by the time of the visit, so a report can pick either.
 */
public record Outcome(long conversions, BigDecimal revenue, BigDecimal cost) {

    public static final Outcome NONE = new Outcome(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public Outcome {
        revenue = Money.stored(Objects.requireNonNull(revenue, "revenue"));
        cost = Money.stored(Objects.requireNonNull(cost, "cost"));
    }

    public Outcome plus(Outcome other) {
        return new Outcome(conversions + other.conversions, revenue.add(other.revenue), cost.add(other.cost));
    }

    public Outcome negated() {
        return new Outcome(-conversions, revenue.negate(), cost.negate());
    }
}
