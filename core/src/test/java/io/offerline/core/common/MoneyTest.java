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
}
