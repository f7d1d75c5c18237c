package io.offerline.core.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.currency.CurrencyConverter.Conversion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency VND = Currency.getInstance("VND");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-20");
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private static final LocalDate CHRISTMAS_EVE = LocalDate.parse("2026-12-24");

    private final StoredRates stored = new StoredRates();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final CurrencyConverter converter = new CurrencyConverter(stored, clock);

    CurrencyConverterTest() {
        stored.save(new DailyRates(FRIDAY, Map.of(USD, new BigDecimal("1.1640"), GBP, new BigDecimal("0.87624"),
                JPY, new BigDecimal("180.76"))));
        stored.save(new DailyRates(MONDAY, Map.of(USD, new BigDecimal("1.1644"), GBP, new BigDecimal("0.87529"))));
        stored.save(new DailyRates(CHRISTMAS_EVE, Map.of(USD, new BigDecimal("1.1702"))));
    }

    @Test
    void convert_sameCurrency_isRateOneOnThatDay_withoutReadingRates() {
        Optional<Conversion> conversion = converter.convert(new BigDecimal("4.2"), VND, VND, Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(conversion).contains(new Conversion(new BigDecimal("4.200000"), BigDecimal.ONE, LocalDate.parse("2026-11-22")));
        assertThat(stored.reads()).isZero();
    }

    @Test
    void convert_crossesThroughTheEuro_andRoundsHalfEvenToSixDecimals() {
        Conversion conversion = converter.convert(new BigDecimal("100"), USD, GBP, Instant.parse("2026-11-20T18:00:00Z")).orElseThrow();

        // 100 / 1.1640 * 0.87624 = 75.2783505154...
        assertThat(conversion.amount()).isEqualTo(new BigDecimal("75.278351"));
        assertThat(conversion.rate()).isEqualTo(new BigDecimal("0.752783505155"));
        assertThat(conversion.rateDate()).isEqualTo(FRIDAY);
    }

    @Test
    void convert_fromEuro_usesTheTableRateItself() {
        Conversion conversion = converter.convert(new BigDecimal("2.50"), EUR, JPY, Instant.parse("2026-11-20T18:00:00Z")).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(new BigDecimal("451.900000"));
        assertThat(conversion.rate()).isEqualByComparingTo("180.76");
    }

    @Test
    void convert_onAWeekend_usesFridaysRates() {
        Conversion saturday = converter.convert(new BigDecimal("50"), USD, EUR, Instant.parse("2026-11-21T09:00:00Z")).orElseThrow();
        Conversion sunday = converter.convert(new BigDecimal("50"), USD, EUR, Instant.parse("2026-11-22T21:00:00Z")).orElseThrow();

        assertThat(saturday.rateDate()).isEqualTo(FRIDAY);
        assertThat(sunday.rateDate()).isEqualTo(FRIDAY);
        // 50 / 1.1640 = 42.9553264604...
        assertThat(sunday.amount()).isEqualTo(new BigDecimal("42.955326"));
    }

    @Test
    void convert_onAnEcbHolidayAndTheDaysAfter_usesTheLastPublishedDay() {
        for (String at : new String[] {"2026-12-25T12:00:00Z", "2026-12-26T12:00:00Z", "2026-12-28T09:00:00Z"}) {
            Conversion conversion = converter.convert(BigDecimal.TEN, EUR, USD, Instant.parse(at)).orElseThrow();

            assertThat(conversion.rateDate()).as(at).isEqualTo(CHRISTMAS_EVE);
            assertThat(conversion.amount()).as(at).isEqualTo(new BigDecimal("11.702000"));
        }
    }

    @Test
    void convert_takesTheUtcDate_notTheDateInEurope() {
        // 23:30 UTC on Sunday is already Monday 00:30 in Frankfurt.
        Conversion lateSunday = converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-11-22T23:30:00Z")).orElseThrow();
        Conversion mondayMidnight = converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-11-23T00:00:00Z")).orElseThrow();

        assertThat(lateSunday.rateDate()).isEqualTo(FRIDAY);
        assertThat(mondayMidnight.rateDate()).isEqualTo(MONDAY);
    }

    @Test
    void convert_withACurrencyWithoutRate_isEmpty_neverOneToOne() {
        Instant friday = Instant.parse("2026-11-20T18:00:00Z");

        assertThat(converter.convert(BigDecimal.ONE, VND, USD, friday)).isEmpty();
        assertThat(converter.convert(BigDecimal.ONE, USD, VND, friday)).isEmpty();
        assertThat(converter.convert(BigDecimal.ONE, EUR, VND, friday)).isEmpty();
    }

    @Test
    void convert_aCurrencyMissingFromTheLatestDay_usesItsLatestEarlierRate_andKeepsThatRatesDate() {
        // JPY is published on Friday but missing from Monday's (test) rates.
        Conversion conversion = converter.convert(new BigDecimal("1000"), JPY, USD, Instant.parse("2026-11-23T18:00:00Z")).orElseThrow();

        assertThat(conversion.rateDate()).isEqualTo(FRIDAY);
        // 1000 / 180.76 * 1.1640 = 6.4394777605...
        assertThat(conversion.amount()).isEqualTo(new BigDecimal("6.439478"));
        assertThat(converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-11-23T18:00:00Z")).orElseThrow().rateDate())
                .isEqualTo(MONDAY);
    }

    @Test
    void convert_aCurrencyLastPublishedMoreThanAWeekBefore_isEmpty() {
        // Friday's JPY is 8 days before the Saturday after Monday's rates.
        assertThat(converter.convert(BigDecimal.ONE, JPY, USD, Instant.parse("2026-11-27T18:00:00Z"))).isPresent();
        assertThat(converter.convert(BigDecimal.ONE, JPY, USD, Instant.parse("2026-11-28T18:00:00Z"))).isEmpty();
    }

    @Test
    void convert_withoutRatesOfTheDayOrTheWeekBefore_isTheTrackersFailure_notAMissingRate() {
        assertThatThrownBy(() -> converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-11-19T18:00:00Z")))
                .isInstanceOf(RatesUnavailableException.class).hasMessageContaining("2026-11-19");
        // Monday's rates are the latest; eight days later they are too old.
        assertThat(converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-11-30T18:00:00Z"))).isPresent();
        assertThatThrownBy(() -> converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse("2026-12-01T18:00:00Z")))
                .isInstanceOf(RatesUnavailableException.class);
    }

    @Test
    void convert_readsEachDayOncePerCacheTtl() {
        Instant sunday = Instant.parse("2026-11-22T10:00:00Z");

        converter.convert(BigDecimal.ONE, EUR, USD, sunday);
        converter.convert(BigDecimal.TEN, USD, GBP, sunday.plusSeconds(3_600));
        for (String withoutRates : new String[] {"2026-11-19T10:00:00Z", "2026-11-19T11:00:00Z"}) {
            assertThatThrownBy(() -> converter.convert(BigDecimal.ONE, EUR, USD, Instant.parse(withoutRates)))
                    .isInstanceOf(RatesUnavailableException.class);
        }
        assertThat(stored.reads()).as("one read per day looked up, found or not").isEqualTo(2);

        clock.advance(CurrencyConverter.CACHE_TTL.minusSeconds(1));
        converter.convert(BigDecimal.ONE, EUR, USD, sunday);
        assertThat(stored.reads()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        converter.convert(BigDecimal.ONE, EUR, USD, sunday);
        assertThat(stored.reads()).isEqualTo(3);
    }

    @Test
    void convert_usesNewlySavedRates_onceTheCachedOnesExpire() {
        Instant tuesday = Instant.parse("2026-11-24T17:00:00Z");
        assertThat(converter.convert(BigDecimal.ONE, EUR, USD, tuesday).orElseThrow().rateDate()).isEqualTo(MONDAY);

        stored.save(new DailyRates(LocalDate.parse("2026-11-24"), Map.of(USD, new BigDecimal("1.1643"))));
        clock.advance(CurrencyConverter.CACHE_TTL);

        Conversion conversion = converter.convert(BigDecimal.ONE, EUR, USD, tuesday).orElseThrow();
        assertThat(conversion.rateDate()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(conversion.amount()).isEqualTo(new BigDecimal("1.164300"));
    }
}
