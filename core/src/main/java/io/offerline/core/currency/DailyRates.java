package io.offerline.core.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference rates of one publication day, as units of each currency per euro (USD 1.1589
 * means 1 EUR = 1.1589 USD). The euro itself is always present with rate 1.
 *
 * @param date the day the rates were published for
 * @param perEuro units of each currency per euro, all positive; unmodifiable
 */
public record DailyRates(LocalDate date, Map<Currency, BigDecimal> perEuro) {

    public static final Currency EURO = Currency.getInstance("EUR");

    public DailyRates {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(perEuro, "perEuro");
        Map<Currency, BigDecimal> rates = new HashMap<>(perEuro);
        BigDecimal euro = rates.putIfAbsent(EURO, BigDecimal.ONE);
        if (euro != null && euro.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("The euro's rate per euro is 1, not " + euro + ".");
        }
        rates.forEach((currency, rate) -> requirePositive(date, currency, rate));
        perEuro = Map.copyOf(rates);
    }

    /** Units of {@code currency} per euro; empty when the day has no rate for it. */
    public Optional<BigDecimal> rateOf(Currency currency) {
        return Optional.ofNullable(perEuro.get(currency));
    }

    private static void requirePositive(LocalDate date, Currency currency, BigDecimal rate) {
        Objects.requireNonNull(currency, "currency");
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("The rate of " + currency + " on " + date + " must be a positive number, not " + rate + ".");
        }
    }
}
