package io.offerline.api.fetch;

import io.offerline.core.common.Money;
import io.offerline.core.report.Metrics;
import io.offerline.core.stats.StatusCounts;
import java.math.BigDecimal;

/** Metrics as the API shows them: amounts and ratios without trailing zeros beyond two decimals. */
final class ShownMetrics {

    private ShownMetrics() {
    }

    static Metrics of(Metrics metrics) {
        return new Metrics(metrics.visits(), metrics.clicks(), metrics.botVisits(), metrics.conversions(),
                shown(metrics.revenue()), shown(metrics.cost()), shown(metrics.profit()), shown(metrics.roi()), shown(metrics.cr()),
                shown(metrics.ctr()), shown(metrics.epc()), shown(metrics.epv()), shown(metrics.cpa()), shown(metrics.ap()),
                new StatusCounts(metrics.approvedConversions(), metrics.pendingConversions(), metrics.declinedConversions(),
                        shown(metrics.approvedRevenue()), shown(metrics.pendingRevenue()), shown(metrics.declinedRevenue())));
    }

    private static BigDecimal shown(BigDecimal value) {
        return value == null ? null : Money.shown(value);
    }
}
