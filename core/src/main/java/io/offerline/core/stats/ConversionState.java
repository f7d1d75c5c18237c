package io.offerline.core.stats;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.tracking.VisitCost;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What of a conversion the stats count: its status, its revenue in the reporting currency, and
 * its type's counting rules as they were when it arrived.
 */
public record ConversionState(ConversionStatus status, BigDecimal revenue, boolean countsAsConversion, boolean countsAsRevenue) {

    public ConversionState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(revenue, "revenue");
    }

    /**
     * What this conversion adds to its cells, under its status: what its type counts, with the
     * cost its visit's pricing puts on a counted conversion and on counted revenue. A declined one
     * is kept under its status too; reports leave it out of conversions, revenue and cost.
     */
    public Outcomes outcome(VisitCost pricing) {
        BigDecimal countedRevenue = countsAsRevenue ? revenue : BigDecimal.ZERO;
        Outcome outcome = new Outcome(countsAsConversion ? 1 : 0, countedRevenue, pricing.ofConversion(countsAsConversion, countedRevenue));
        return Outcomes.of(status, outcome);
    }
}
