package io.offerline.core.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyRatesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void dailyRates_alwaysHoldTheEuroAtOne() {
        DailyRates rates = new DailyRates(DAY, Map.of(USD, new BigDecimal("1.1676")));

        assertThat(rates.rateOf(DailyRates.EURO)).contains(BigDecimal.ONE);
        assertThat(rates.rateOf(USD)).contains(new BigDecimal("1.1676"));
        assertThat(rates.rateOf(Currency.getInstance("VND"))).isEmpty();
    }

    @Test
    void dailyRates_refuseAZeroOrNegativeRate_andAnotherEuroRate() {
        assertThatThrownBy(() -> new DailyRates(DAY, Map.of(USD, BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> new DailyRates(DAY, Map.of(DailyRates.EURO, new BigDecimal("1.1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("euro");
    }

    @Test
    void dailyRates_areACopy_thatCannotBeChanged() {
        Map<Currency, BigDecimal> source = new HashMap<>(Map.of(USD, new BigDecimal("1.1676")));
        DailyRates rates = new DailyRates(DAY, source);
        source.put(USD, BigDecimal.TEN);

        assertThat(rates.rateOf(USD)).contains(new BigDecimal("1.1676"));
        assertThatThrownBy(() -> rates.perEuro().put(USD, BigDecimal.TEN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
