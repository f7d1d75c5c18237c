package io.offerline.core.conversion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostbackValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sale Lead", "lead\u00e9", "\u0441\u0434\u0435\u043b\u043a\u0430", "lead;drop", "lead\r\nX: y", "le\u0000ad"})
    void read_refusesACtThatIsNoConversionTypeKey(String ct) {
        Postback postback = new Postback(Map.of("cid", "x", "ct", ct), null, null);

        assertThatThrownBy(() -> PostbackValues.read(postback, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ct");
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 300})
    void read_refusesACtLongerThanAKey(int length) {
        Postback postback = new Postback(Map.of("cid", "x", "ct", "a".repeat(length)), null, null);

        assertThatThrownBy(() -> PostbackValues.read(postback, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ct");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "sale_2", "up-sell.v1"})
    void read_acceptsAKey(String ct) {
        Postback postback = new Postback(Map.of("cid", "x", "ct", ct), null, null);

        assertThat(PostbackValues.read(postback, null).type()).isEqualTo(ct);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "9e125", "1000000000000", "0.0000001", "1e3"})
    void read_refusesAPayoutBeyondTheBounds(String payout) {
        Postback postback = new Postback(Map.of("cid", "x", "payout", payout), null, null);

        assertThatThrownBy(() -> PostbackValues.read(postback, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payout");
    }

    @Test
    void clickId_isTheParameter_whenItHoldsOne_elseTheCookie_elseWhatWasSent() {
        String sent = "AAAAAAAAAAAAAAAAAAAAAA";
        String cookie = "BBBBBBBBBBBBBBBBBBBBBB";

        assertThat(new Postback(Map.of("cid", sent), null, cookie).clickId()).contains(sent);
        assertThat(new Postback(Map.of("cid", "{sub1}"), null, cookie).clickId()).contains(cookie);
        assertThat(new Postback(Map.of(), null, cookie).clickId()).contains(cookie);
        assertThat(new Postback(Map.of("cid", "{sub1}"), null, null).clickId()).contains("{sub1}");
        assertThat(new Postback(Map.of(), null, null).clickId()).isEmpty();
    }
}
