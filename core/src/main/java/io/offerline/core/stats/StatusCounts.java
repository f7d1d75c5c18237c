package io.offerline.core.stats;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** Conversions and their revenue by status, whatever a report counts in its conversions and revenue. */
public record StatusCounts(long approvedConversions, long pendingConversions, long declinedConversions, BigDecimal approvedRevenue,
        BigDecimal pendingRevenue, BigDecimal declinedRevenue) {

    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public StatusCounts {
        approvedRevenue = Money.stored(Objects.requireNonNull(approvedRevenue, "approvedRevenue"));
        pendingRevenue = Money.stored(Objects.requireNonNull(pendingRevenue, "pendingRevenue"));
        declinedRevenue = Money.stored(Objects.requireNonNull(declinedRevenue, "declinedRevenue"));
    }

    static StatusCounts of(Outcomes outcomes) {
        return new StatusCounts(outcomes.approved().conversions(), outcomes.pending().conversions(), outcomes.declined().conversions(),
                outcomes.approved().revenue(), outcomes.pending().revenue(), outcomes.declined().revenue());
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(approvedConversions + other.approvedConversions, pendingConversions + other.pendingConversions,
                declinedConversions + other.declinedConversions, approvedRevenue.add(other.approvedRevenue),
                pendingRevenue.add(other.pendingRevenue), declinedRevenue.add(other.declinedRevenue));
    }
}
