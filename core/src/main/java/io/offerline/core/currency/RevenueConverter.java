package io.offerline.core.currency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Converts a payout to the account's reporting currency at the rate of the conversion's day. */
@FunctionalInterface
public interface RevenueConverter {

    /** A converted amount, the rate applied and the day the rate is of. */
    record Converted(BigDecimal amount, BigDecimal rate, LocalDate rateDate) {
    }

    /** Empty when either currency has no rate: never treated as 1:1. */
    Optional<Converted> convert(BigDecimal amount, Currency from, Currency to, Instant at);
}
