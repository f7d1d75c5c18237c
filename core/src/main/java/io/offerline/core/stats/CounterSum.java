package io.offerline.core.stats;

import io.offerline.core.conversion.ConversionStatus;
import java.math.BigDecimal;

/**
 * A running sum of report counters, added to in place: a report folds tens of thousands of cells
 * into its rows, and an immutable {@link Counters} per cell and per addition would be most of its
 * work. What a cell adds is {@link CellDelta#addTo}'s to decide; {@link #counters()} is the result.
 */
public final class CounterSum {

    private long visits;
    private long clicks;
    private long botVisits;
    private long conversions;
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;
    private long approvedConversions;
    private long pendingConversions;
    private long declinedConversions;
    private BigDecimal approvedRevenue = BigDecimal.ZERO;
    private BigDecimal pendingRevenue = BigDecimal.ZERO;
    private BigDecimal declinedRevenue = BigDecimal.ZERO;

    void addTraffic(long visits, long clicks, long botVisits, BigDecimal cost) {
        this.visits += visits;
        this.clicks += clicks;
        this.botVisits += botVisits;
        this.cost = plus(this.cost, cost);
    }

    /** Conversions of one status: {@code counted} whether they count as conversions, {@code earned} whether their revenue and cost count. */
    void addOutcome(Outcome outcome, ConversionStatus status, boolean counted, boolean earned) {
        if (outcome == Outcome.NONE) {
            return;
        }
        if (counted) {
            conversions += outcome.conversions();
        }
        if (earned) {
            revenue = plus(revenue, outcome.revenue());
            cost = plus(cost, outcome.cost());
        }
        switch (status) {
            case APPROVED -> {
                approvedConversions += outcome.conversions();
                approvedRevenue = plus(approvedRevenue, outcome.revenue());
            }
            case PENDING -> {
                pendingConversions += outcome.conversions();
                pendingRevenue = plus(pendingRevenue, outcome.revenue());
            }
            case DECLINED -> {
                declinedConversions += outcome.conversions();
                declinedRevenue = plus(declinedRevenue, outcome.revenue());
            }
        }
    }

    /** Adds summed counters (a row of another report). */
    public void add(Counters counters) {
        addTraffic(counters.visits(), counters.clicks(), counters.botVisits(), counters.cost());
        conversions += counters.conversions();
        revenue = plus(revenue, counters.revenue());
        StatusCounts statuses = counters.statuses();
        approvedConversions += statuses.approvedConversions();
        pendingConversions += statuses.pendingConversions();
        declinedConversions += statuses.declinedConversions();
        approvedRevenue = plus(approvedRevenue, statuses.approvedRevenue());
        pendingRevenue = plus(pendingRevenue, statuses.pendingRevenue());
        declinedRevenue = plus(declinedRevenue, statuses.declinedRevenue());
    }

    /** The sum so far. */
    public Counters counters() {
        return new Counters(visits, clicks, botVisits, conversions, revenue, cost, new StatusCounts(approvedConversions,
                pendingConversions, declinedConversions, approvedRevenue, pendingRevenue, declinedRevenue));
    }

    /** Adding zero would allocate a new amount for nothing; most cells have no conversions. */
    private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
        return amount.signum() == 0 ? sum : sum.add(amount);
    }
}
