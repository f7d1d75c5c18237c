package io.offerline.core.currency;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Money;
import io.offerline.core.currency.CurrencyConverter.Conversion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/**
 * Rounding and cross rates over generated rates and amounts. ECB rates have four or five
 * significant digits, from about 0.8 (GBP) to about 20,000 (IDR); the ranges cover that widely.
 */
class CurrencyConverterPropertyTest {

    private static final Currency EUR = DailyRates.EURO;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Instant AT = Instant.parse("2026-11-25T18:00:00Z");
    /** Half a unit of the sixth decimal: the most one rounding to the stored scale can move an amount. */
    private static final BigDecimal HALF_UNIT = new BigDecimal("0.0000005");

    @Property
    void convert_fromEuro_isTheAmountTimesTheTableRate(
            @ForAll @BigRange(min = "-1000000", max = "10000000") @Scale(6) BigDecimal amount,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal perEuro) {
        Conversion conversion = converter(perEuro, BigDecimal.ONE).convert(amount, EUR, USD, AT).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(Money.stored(amount.multiply(perEuro)));
        assertThat(conversion.rate()).isEqualByComparingTo(perEuro);
    }

    @Property
    void convert_toEuro_isTheAmountDividedByTheTableRate_roundedHalfEven(
            @ForAll @BigRange(min = "-1000000", max = "10000000") @Scale(6) BigDecimal amount,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal perEuro) {
        Conversion conversion = converter(perEuro, BigDecimal.ONE).convert(amount, USD, EUR, AT).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(amount.divide(perEuro, Money.STORED_SCALE, Money.ROUNDING));
    }

    /** Crossing through the euro rounds once: the result is within half a unit of the exact quotient. */
    @Property
    void convert_crossRate_isTheExactCrossAmountRoundedOnce(
            @ForAll @BigRange(min = "-1000000", max = "10000000") @Scale(6) BigDecimal amount,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal usdPerEuro,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal jpyPerEuro) {
        Conversion conversion = converter(usdPerEuro, jpyPerEuro).convert(amount, USD, JPY, AT).orElseThrow();

        // Exact wherever the result is a tie of the seventh decimal, and off by far less than any other distance.
        BigDecimal exact = amount.multiply(jpyPerEuro).divide(usdPerEuro, MathContext.DECIMAL128);
        assertThat(conversion.amount().scale()).isEqualTo(Money.STORED_SCALE);
        assertThat(conversion.amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_UNIT);
        assertThat(conversion.rate()).isEqualByComparingTo(jpyPerEuro.divide(usdPerEuro, new MathContext(12, Money.ROUNDING)));
    }

    /**
     * There and back again: A to B rounds by at most h (half a unit of the sixth decimal), and B to
     * A scales that error by perEuro[A] / perEuro[B] before rounding by h again, so
     * {@code |a' - a| <= h * (1 + perEuro[A] / perEuro[B])}. From a currency worth more per unit
     * than the other (USD to JPY) the bound is barely above h; the other way it grows with the ratio.
     */
    @Property
    void convert_thereAndBack_staysWithinTheRoundingBound(
            @ForAll @BigRange(min = "-1000000", max = "10000000") @Scale(6) BigDecimal amount,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal usdPerEuro,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal jpyPerEuro) {
        CurrencyConverter converter = converter(usdPerEuro, jpyPerEuro);

        BigDecimal there = converter.convert(amount, USD, JPY, AT).orElseThrow().amount();
        BigDecimal back = converter.convert(there, JPY, USD, AT).orElseThrow().amount();

        BigDecimal ratio = usdPerEuro.divide(jpyPerEuro, new MathContext(34, RoundingMode.CEILING));
        BigDecimal bound = HALF_UNIT.multiply(BigDecimal.ONE.add(ratio));
        assertThat(back.subtract(amount).abs()).isLessThanOrEqualTo(bound);
    }

    /** Half-even rounding is symmetric: a refund converts to exactly minus the payout. */
    @Property
    void convert_ofANegatedAmount_isTheNegatedConversion(
            @ForAll @BigRange(min = "0", max = "10000000") @Scale(6) BigDecimal amount,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal usdPerEuro,
            @ForAll @BigRange(min = "0.0001", max = "50000") @Scale(5) BigDecimal jpyPerEuro) {
        CurrencyConverter converter = converter(usdPerEuro, jpyPerEuro);

        BigDecimal payout = converter.convert(amount, USD, JPY, AT).orElseThrow().amount();
        BigDecimal refund = converter.convert(amount.negate(), USD, JPY, AT).orElseThrow().amount();

        assertThat(refund).isEqualTo(payout.negate());
    }

    @Property
    void convert_sameCurrency_isTheStoredAmountAtRateOne(
            @ForAll @BigRange(min = "-1000000", max = "10000000") @Scale(9) BigDecimal amount) {
        Conversion conversion = converter(BigDecimal.ONE, BigDecimal.ONE).convert(amount, JPY, JPY, AT).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(Money.stored(amount));
        assertThat(conversion.rate()).isEqualTo(BigDecimal.ONE);
    }

    private static CurrencyConverter converter(BigDecimal usdPerEuro, BigDecimal jpyPerEuro) {
        StoredRates stored = new StoredRates();
        stored.save(new DailyRates(LocalDate.parse("2026-11-25"), Map.of(USD, usdPerEuro, JPY, jpyPerEuro)));
        return new CurrencyConverter(stored, new TestClock(AT));
    }
}
