package io.offerline.core.report;

import io.offerline.core.common.Money;
import io.offerline.core.stats.Counters;
import io.offerline.core.stats.StatusCounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The counters of a report row (or of its totals) and the metrics derived from them. {@link #of}
 * holds the product's only definitions of the derived metrics; build instances through it.
 *
 * <p>Clicks count every visit that reached an offer, including visits sent straight to an offer
 * without a lander, so {@code cr} (conversions per click) means the same with or without landers.
 *
 * <p>A derived metric whose divisor is zero is null (unknown), not zero. Derived amounts and
 * percentages have the stored money scale: six decimals, half-even.
 *
 * @param profit revenue minus cost
 * @param roi profit per cost, in percent
 * @param cr conversions per click, in percent
 * @param ctr clicks per visit, in percent
 * @param epc revenue per click
 * @param epv revenue per visit
 * @param cpa cost per conversion
 * @param ap average payout: revenue per conversion
 * @param statuses conversions and revenue by status, declined ones included
 */
public record Metrics(long visits, long clicks, long botVisits, long conversions, BigDecimal revenue,
        BigDecimal cost, BigDecimal profit, BigDecimal roi, BigDecimal cr, BigDecimal ctr, BigDecimal epc, BigDecimal epv,
        BigDecimal cpa, BigDecimal ap, StatusCounts statuses) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Metrics {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(profit, "profit");
        Objects.requireNonNull(statuses, "statuses");
    }

    /** The metrics of {@code counters}. */
    public static Metrics of(Counters counters) {
        BigDecimal visits = BigDecimal.valueOf(counters.visits());
        BigDecimal clicks = BigDecimal.valueOf(counters.clicks());
        BigDecimal conversions = BigDecimal.valueOf(counters.conversions());
        BigDecimal revenue = counters.revenue();
        BigDecimal cost = counters.cost();
        BigDecimal profit = Money.stored(revenue.subtract(cost));
        return new Metrics(counters.visits(), counters.clicks(), counters.botVisits(),
                counters.conversions(), revenue, cost, profit,
                percent(profit, cost), percent(conversions, clicks), percent(clicks, visits),
                quotient(revenue, clicks), quotient(revenue, visits), quotient(cost, conversions), quotient(revenue, conversions),
                counters.statuses());
    }

    public long approvedConversions() {
        return statuses.approvedConversions();
    }

    public long pendingConversions() {
        return statuses.pendingConversions();
    }

    public long declinedConversions() {
        return statuses.declinedConversions();
    }

    public BigDecimal approvedRevenue() {
        return statuses.approvedRevenue();
    }

    public BigDecimal pendingRevenue() {
        return statuses.pendingRevenue();
    }

    public BigDecimal declinedRevenue() {
        return statuses.declinedRevenue();
    }

    /** The counters these metrics were derived from. */
    public Counters counters() {
        return new Counters(visits, clicks, botVisits, conversions, revenue, cost, statuses);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return quotient(part.multiply(HUNDRED), whole);
    }

    /** Rounds once, in the division, with the money scale and mode: rounding an inexact quotient later would round twice. */
    private static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            return null;
        }
        return dividend.divide(divisor, Money.STORED_SCALE, Money.ROUNDING);
    }
}
