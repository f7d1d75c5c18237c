package io.offerline.core.report;

import java.math.BigDecimal;
import java.util.function.Function;

/** A column of a report that rows can be sorted by; see {@link Metrics} for the definitions. */
public enum Metric {
    VISITS(metrics -> BigDecimal.valueOf(metrics.visits())),
    CLICKS(metrics -> BigDecimal.valueOf(metrics.clicks())),
    BOT_VISITS(metrics -> BigDecimal.valueOf(metrics.botVisits())),
    CONVERSIONS(metrics -> BigDecimal.valueOf(metrics.conversions())),
    REVENUE(Metrics::revenue),
    COST(Metrics::cost),
    PROFIT(Metrics::profit),
    ROI(Metrics::roi),
    CR(Metrics::cr),
    CTR(Metrics::ctr),
    EPC(Metrics::epc),
    EPV(Metrics::epv),
    CPA(Metrics::cpa),
    AP(Metrics::ap),
    APPROVED_CONVERSIONS(metrics -> BigDecimal.valueOf(metrics.approvedConversions())),
    PENDING_CONVERSIONS(metrics -> BigDecimal.valueOf(metrics.pendingConversions())),
    DECLINED_CONVERSIONS(metrics -> BigDecimal.valueOf(metrics.declinedConversions())),
    APPROVED_REVENUE(Metrics::approvedRevenue),
    PENDING_REVENUE(Metrics::pendingRevenue),
    DECLINED_REVENUE(Metrics::declinedRevenue);

    private final Function<Metrics, BigDecimal> reader;

    Metric(Function<Metrics, BigDecimal> reader) {
        this.reader = reader;
    }

    /** This metric's value in {@code metrics}; null where a derived metric is undefined (division by zero). */
    public BigDecimal valueIn(Metrics metrics) {
        return reader.apply(metrics);
    }
}
