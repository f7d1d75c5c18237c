package io.offerline.core.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostbackLogRedactionTest {

    @Test
    void parameters_neverKeepTheSecret_whateverItsCase() {
        Map<String, String> kept = new PostbackLogRedaction(false).parameters(Map.of("cid", "c1", "secret", "s3cret-value",
                "SECRET", "other-value"));

        assertThat(kept).containsEntry("cid", "c1").containsEntry("secret", "[redacted]").containsEntry("SECRET", "[redacted]");
        assertThat(kept.values()).noneMatch(value -> value.contains("s3cret") || value.contains("other-value"));
    }

    @Test
    void addresses_areShortened_inSourceParametersAndReason_whenTheAccountShortensIps() {
        PostbackLogRedaction redaction = new PostbackLogRedaction(true);

        assertThat(redaction.ip("198.51.100.7")).isEqualTo("198.51.100.0");
        assertThat(redaction.parameters(Map.of("ip", "2001:db8:1:2::7", "payout", "2.5")))
                .containsEntry("ip", "2001:db8:1::").containsEntry("payout", "2.5");
        assertThat(redaction.reason("this one came from 198.51.100.7.", "198.51.100.7")).isEqualTo("this one came from 198.51.100.0.");
    }

    @Test
    void addresses_areKeptWhole_whenTheAccountKeepsThem() {
        PostbackLogRedaction redaction = new PostbackLogRedaction(false);

        assertThat(redaction.ip("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(redaction.parameters(Map.of("ip", "198.51.100.7"))).containsEntry("ip", "198.51.100.7");
    }
}
