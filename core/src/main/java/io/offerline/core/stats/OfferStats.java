package io.offerline.core.stats;

import java.math.BigDecimal;

/** Counted traffic and money of one offer; revenue is in the account's reporting currency. */
public record OfferStats(long visits, long clicks, long conversions, BigDecimal revenue) {
}
