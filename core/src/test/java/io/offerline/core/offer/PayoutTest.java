package io.offerline.core.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class PayoutTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Property
    void resolve_prefersThePostbacksPayout_inEveryMode(
            @ForAll PayoutMode mode,
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal defaultValue,
            @ForAll @BigRange(min = "-1000", max = "100000") @Scale(6) BigDecimal sent) {
        assertThat(new Payout(mode, defaultValue, USD).resolve(sent, null)).isEqualByComparingTo(sent);
    }

    @Property
    void resolve_withoutPostbackPayout_isTheDefaultForManual_andZeroForAuto(
            @ForAll PayoutMode mode,
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal defaultValue) {
        BigDecimal expected = mode == PayoutMode.MANUAL ? defaultValue : BigDecimal.ZERO;

        assertThat(new Payout(mode, defaultValue, USD).resolve(null, null)).isEqualByComparingTo(expected);
    }

    @org.junit.jupiter.api.Test
    void payout_rejectsANegativeDefault() {
        assertThatThrownBy(() -> new Payout(PayoutMode.MANUAL, new BigDecimal("-0.01"), USD))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Payout must not be negative.");
    }
}
