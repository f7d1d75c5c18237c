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

    @Property
    void resolve_manual_takesPostbackThenVisitorsCountryThenDefault(
            @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal defaultValue,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal germanPayout,
            @ForAll("countries") String visitorCountry,
            @ForAll("maybePayout") BigDecimal sent) {
        Payout payout = new Payout(PayoutMode.MANUAL, defaultValue, USD, java.util.List.of(new GeoPayout("DE", germanPayout),
                new GeoPayout("AT", germanPayout.add(BigDecimal.ONE))));
        BigDecimal expected = sent != null ? sent
                : "DE".equals(visitorCountry) ? germanPayout
                : "AT".equals(visitorCountry) ? germanPayout.add(BigDecimal.ONE)
                : defaultValue;

        assertThat(payout.resolve(sent, visitorCountry)).isEqualByComparingTo(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> countries() {
        return net.jqwik.api.Arbitraries.of("DE", "AT", "US", "FR").injectNull(0.2);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<BigDecimal> maybePayout() {
        return net.jqwik.api.Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("1000")).ofScale(2).injectNull(0.5);
    }

    @org.junit.jupiter.api.Test
    void payout_rejectsGeoPayoutsWithAuto() {
        assertThatThrownBy(() -> new Payout(PayoutMode.AUTO, null, USD, java.util.List.of(new GeoPayout("DE", BigDecimal.ONE))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("MANUAL");
    }

    @org.junit.jupiter.api.Test
    void payout_rejectsANegativeDefault() {
        assertThatThrownBy(() -> new Payout(PayoutMode.MANUAL, new BigDecimal("-0.01"), USD))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Payout must not be negative.");
    }
}
