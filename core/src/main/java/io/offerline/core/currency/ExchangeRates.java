package io.offerline.core.currency;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The rates of every publication day from {@code earliest} to {@code day}, both included,
     * newest first: a currency missing from the newest day may be found on an earlier one.
     *
     * @return empty when no rates were stored for any of those days
     */
    List<DailyRates> publishedBetween(LocalDate earliest, LocalDate day);

    /** Stores the rates of {@code rates.date()}, replacing any stored for that day. */
    void save(DailyRates rates);
}
