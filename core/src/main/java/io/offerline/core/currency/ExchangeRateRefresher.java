package io.offerline.core.currency;

import java.time.LocalDate;
import java.util.List;

/**
 * Copies every day a {@link RatesFeed} publishes into {@link ExchangeRates}. Each day is
 * written whole, so running it again is harmless and picks up the ECB's rare corrections.
 */
public final class ExchangeRateRefresher {

    private final RatesFeed feed;
    private final ExchangeRates rates;

    public ExchangeRateRefresher(RatesFeed feed, ExchangeRates rates) {
        this.feed = feed;
        this.rates = rates;
    }

    /** Fetches the feed and saves each of its days; returns the days saved, oldest first. */
    public List<LocalDate> refresh() {
        List<DailyRates> days = feed.fetch();
        days.forEach(rates::save);
        return days.stream().map(DailyRates::date).toList();
    }
}
