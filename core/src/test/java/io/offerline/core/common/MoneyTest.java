package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void stored_roundsHalfEvenToSixDecimals() {
        assertThat(Money.stored(new BigDecimal("0.0000005"))).isEqualTo(new BigDecimal("0.000000"));
        assertThat(Money.stored(new BigDecimal("0.0000015"))).isEqualTo(new BigDecimal("0.000002"));
    }

    @Test
    void shown_keepsCentsAndDropsOtherTrailingZeros() {
        assertThat(Money.shown(new BigDecimal("4.200000"))).hasToString("4.20");
        assertThat(Money.shown(new BigDecimal("0.000000"))).hasToString("0.00");
        assertThat(Money.shown(new BigDecimal("0.001500"))).hasToString("0.0015");
        assertThat(Money.shown(new BigDecimal("1200.000000"))).hasToString("1200.00");
    }

    @Test
    void parse_givesNullForText() {
        assertThat(Money.parse("4,20")).isNull();
        assertThat(Money.parse(" 4.20 ")).isEqualByComparingTo("4.2");
    }

    @Test
    void parse_givesNull_forExponentsAndValuesBeyondTheBounds() {
        assertThat(Money.parse("1e20000000")).isNull();
        assertThat(Money.parse("1e999999999")).isNull();
        assertThat(Money.parse("9e125")).isNull();
        assertThat(Money.parse("1E2")).isNull();
        assertThat(Money.parse("1000000000000")).isNull();
        assertThat(Money.parse("0.0000001")).isNull();
        assertThat(Money.parse("NaN")).isNull();
        assertThat(Money.parse("0".repeat(100) + "1")).isNull();
    }

    @Test
    void parse_acceptsTheLargestAndSmallestAmountsInBounds() {
        assertThat(Money.parse("999999999999.999999")).isEqualByComparingTo("999999999999.999999");
        assertThat(Money.parse("-4.20")).isEqualByComparingTo("-4.2");
        assertThat(Money.parse("0.000001")).isEqualByComparingTo("0.000001");
        assertThat(Money.parse("4.2000000")).isEqualByComparingTo("4.2");
        assertThat(Money.parse("000012")).isEqualByComparingTo("12");
    }
}
