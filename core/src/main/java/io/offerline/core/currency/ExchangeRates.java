package io.offerline.core.currency;

import java.time.LocalDate;
import java.util.Optional;

/** Stored daily reference rates: one set per publication day of the ECB. */
public interface ExchangeRates {

    /**
     * The rates of the latest publication day on or before {@code day}: on a weekend or an ECB
     * holiday, those of the last day the ECB published.
     *
     * @return empty when no rates were stored for {@code day} or any day before it
     */
    Optional<DailyRates> latestOnOrBefore(LocalDate day);

    /** Stores the rates of {@code rates.date()}, replacing any stored for that day. */
    void save(DailyRates rates);
}
