package io.offerline.core.trafficsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcePostbackTest {

    @Test
    void defaults_sendTheWholePayout_ofEveryApprovedConversion() {
        SourcePostback postback = SourcePostback.to(" https://src.example/pb?c={external_id}&f={trackingField20} ");

        assertThat(postback.url()).isEqualTo("https://src.example/pb?c={external_id}&f={trackingField20}");
        assertThat(postback.payoutPercent()).isEqualByComparingTo("100");
        assertThat(postback.sendPercent()).isEqualTo(100);
        assertThat(postback.covers(null, "APPROVED")).isTrue();
        assertThat(postback.covers("sale", "PENDING")).isFalse();
    }

    @Test
    void covers_theListedTypes_withTheEmptyTypeForConversionsWithoutOne() {
        SourcePostback postback = new SourcePostback("https://src.example/pb", null, 100, Set.of("", "lead"), Set.of("approved", "pending"));

        assertThat(postback.statuses()).containsExactly("APPROVED", "PENDING");
        assertThat(postback.covers(null, "PENDING")).isTrue();
        assertThat(postback.covers("lead", "APPROVED")).isTrue();
        assertThat(postback.covers("sale", "APPROVED")).isFalse();
    }

    @Test
    void rejects_badValues_namingTheField() {
        assertRejected(() -> SourcePostback.to("https://src.example/pb?c={trackingField21}"), "postback.url", "{trackingField21}");
        assertRejected(() -> SourcePostback.to("//src.example/pb"), "postback.url", "http://");
        assertRejected(() -> SourcePostback.to("https://src.example/" + "p".repeat(2048)), "postback.url", "2048");
        assertRejected(() -> new SourcePostback("https://src.example/", new BigDecimal("1000.01"), 100, null, null),
                "postback.payoutPercent", "0 to 1000");
        assertRejected(() -> new SourcePostback("https://src.example/", null, -1, null, null), "postback.sendPercent", "0 to 100");
        assertRejected(() -> new SourcePostback("https://src.example/", null, 100, null, Set.of("paid")), "postback.statuses", "'paid'");
    }

    private static void assertRejected(Runnable build, String field, String messagePart) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.getMessage()).contains(messagePart);
        });
    }
}
