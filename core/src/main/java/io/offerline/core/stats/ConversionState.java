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
     * is kept under its status too; reports leave it out of conversions, revenue and cost. A
     * correction adjusts revenue (and a revenue share) but is no conversion of its own.
     */
    public Outcomes outcome(VisitCost pricing) {
        boolean counted = countsAsConversion && !isCorrection();
        BigDecimal countedRevenue = countsAsRevenue ? revenue : BigDecimal.ZERO;
        Outcome outcome = new Outcome(counted ? 1 : 0, countedRevenue, pricing.ofConversion(counted, countedRevenue));
        return Outcomes.of(status, outcome);
    }

    /** A negative payout: a refund or chargeback uploaded or posted against an earlier conversion. */
    public boolean isCorrection() {
        return revenue.signum() < 0;
    }
}
