package io.offerline.core.tracking;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a visit and its conversions cost, in the account's reporting currency, priced once when
 * the visit is recorded from its campaign's cost model; a later change of the model does not
 * rewrite the past.
 *
 * @param perVisit the visit's own cost (CPC, CPM share, or the traffic source's reported cost)
 * @param perConversion the cost of each counted conversion (CPA)
 * @param revenueSharePercent the share of each conversion's revenue paid to the source (RevShare)
 */
public record VisitCost(BigDecimal perVisit, BigDecimal perConversion, BigDecimal revenueSharePercent) {

    public static final VisitCost NONE = new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public VisitCost {
        perVisit = Money.stored(Objects.requireNonNull(perVisit, "perVisit"));
        perConversion = Money.stored(Objects.requireNonNull(perConversion, "perConversion"));
        revenueSharePercent = Money.stored(Objects.requireNonNull(revenueSharePercent, "revenueSharePercent"));
    }

    public static VisitCost perVisit(BigDecimal amount) {
        return new VisitCost(amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * What a conversion of this visit costs: the CPA amount when it counts as a conversion, plus
     * the revenue share of the revenue it counts.
     */
    public BigDecimal ofConversion(boolean counted, BigDecimal countedRevenue) {
        BigDecimal share = countedRevenue.multiply(revenueSharePercent).movePointLeft(2);
        return Money.stored(counted ? perConversion.add(share) : share);
    }
}
