package io.offerline.core.currency;

import io.offerline.core.common.Money;
import io.offerline.core.common.TtlCache;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts money at the ECB reference rates of the day it was earned.
 *
 * <p>The day is the UTC date of the instant, and its rates are those of the latest ECB
 * publication on or before it that has both currencies (weekends and TARGET holidays take the last
 * published day, and a currency missing from that day's publication its latest earlier rate), at
 * most {@link #MAX_RATE_AGE_DAYS} days before it; the conversion keeps the date of the rates used.
 * Currencies are crossed through the euro, {@code amount / perEuro[from] * perEuro[to]}, computed
 * exactly and rounded once to {@link Money#STORED_SCALE} decimals, half-even. A currency without
 * a rate that day gives no conversion, never a silent 1:1.
 *
 * <p>Rates are read through a cache of a few minutes per day looked up, because conversions
 * happen on the postback path: a warm function reads each day's rates at most once per
 * {@link #CACHE_TTL}, and newly published rates are used at most that long after they are stored.
 */
public final class CurrencyConverter {

    /** How long the rates of a day, or their absence, are kept before they are read again. */
    public static final Duration CACHE_TTL = Duration.ofMinutes(5);

    /** The significant digits of the reported rate; the amount is computed from the ECB figures, not from it. */
    static final MathContext RATE_PRECISION = new MathContext(12, Money.ROUNDING);

    /**
     * How much older than the converted day its rates may be. The longest gap between two ECB
     * publications is five days (Maundy Thursday to Easter Tuesday); a day's rates arrive in the
     * afternoon, and the refresher may miss a day: seven days cover all of it. Older rates mean the
     * refresher is broken, and converting at them would hide it.
     */
    public static final int MAX_RATE_AGE_DAYS = 7;

    private static final int MAX_CACHED_DAYS = 64;

    /**
     * One converted amount.
     *
     * @param amount the converted amount, at the stored scale
     * @param rate units of the target currency per unit of the source currency, to 12 significant digits
     * @param rateDate the ECB publication day whose rates were used (for the same currency: the day converted)
     */
    public record Conversion(BigDecimal amount, BigDecimal rate, LocalDate rateDate) {

        public Conversion {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(rateDate, "rateDate");
        }
    }

    private final ExchangeRates rates;
    private final TtlCache<LocalDate, List<DailyRates>> ratesByDay;
    private final int maxRateAgeDays;

    public CurrencyConverter(ExchangeRates rates, Clock clock) {
        this(rates, clock, CACHE_TTL, MAX_RATE_AGE_DAYS);
    }

    /** @param maxRateAgeDays how many days older than the converted day its rates may be */
    public CurrencyConverter(ExchangeRates rates, Clock clock, Duration cacheTtl, int maxRateAgeDays) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.ratesByDay = new TtlCache<>(cacheTtl, clock, MAX_CACHED_DAYS);
        this.maxRateAgeDays = maxRateAgeDays;
    }

    /**
     * Converts {@code amount} of {@code from} into {@code to} at the rates of the UTC day of {@code at}.
     *
     * @return empty when either currency has no ECB rate on that day nor in the days before it
     *     that are recent enough: the ECB does not publish it
     * @throws RatesUnavailableException when no rates at all are stored for those days
     */
    public Optional<Conversion> convert(BigDecimal amount, Currency from, Currency to, Instant at) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (from.equals(to)) {
            return Optional.of(new Conversion(Money.stored(amount), BigDecimal.ONE, day));
        }
        List<DailyRates> recent = ratesByDay.get(day, this::recentRates).orElseThrow(() -> new RatesUnavailableException(day, maxRateAgeDays));
        return recent.stream().map(daily -> cross(amount, from, to, daily)).flatMap(Optional::stream).findFirst();
    }

    /** The publication days of the accepted age, newest first; none is no value, so that it is cached as absent. */
    private Optional<List<DailyRates>> recentRates(LocalDate day) {
        List<DailyRates> recent = rates.publishedBetween(day.minusDays(maxRateAgeDays), day);
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent);
    }

    private static Optional<Conversion> cross(BigDecimal amount, Currency from, Currency to, DailyRates daily) {
        Optional<BigDecimal> fromPerEuro = daily.rateOf(from);
        Optional<BigDecimal> toPerEuro = daily.rateOf(to);
        if (fromPerEuro.isEmpty() || toPerEuro.isEmpty()) {
            return Optional.empty();
        }
        // amount * to / from equals amount / from * to, and the product is exact: one rounding only.
        BigDecimal converted = amount.multiply(toPerEuro.get()).divide(fromPerEuro.get(), Money.STORED_SCALE, Money.ROUNDING);
        BigDecimal rate = toPerEuro.get().divide(fromPerEuro.get(), RATE_PRECISION);
        return Optional.of(new Conversion(converted, rate, daily.date()));
    }
}
