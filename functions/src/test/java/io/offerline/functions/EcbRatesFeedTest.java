package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.currency.DailyRates;
import io.offerline.core.currency.RatesFormatException;
import io.offerline.testkit.EcbRatesFixture;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbRatesFeedTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void fetch_givesEveryDayOfTheServedFile_oldestFirst() {
        try (EcbServer ecb = new EcbServer(200, EcbRatesFixture.bytes())) {
            List<DailyRates> days = feed(ecb).fetch();

            assertThat(days).extracting(DailyRates::date).startsWith(LocalDate.parse("2026-11-16")).endsWith(LocalDate.parse("2026-11-25"))
                    .doesNotContain(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22"));
            assertThat(ecb.requests()).isEqualTo(1);
        }
    }

    @Test
    void fetch_failsOnAnErrorStatus() {
        try (EcbServer ecb = new EcbServer(503, "busy".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> feed(ecb).fetch())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("answered HTTP 503");
        }
    }

    @Test
    void fetch_failsOnAPageThatIsNotTheRates() {
        try (EcbServer ecb = new EcbServer(200, "<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> feed(ecb).fetch()).isInstanceOf(RatesFormatException.class);
        }
    }

    @Test
    void fetch_refusesABodyLargerThanTheLimit_withoutParsingIt() {
        byte[] huge = new byte[EcbRatesFeed.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        try (EcbServer ecb = new EcbServer(200, huge)) {
            assertThatThrownBy(() -> feed(ecb).fetch())
                    .isInstanceOf(RatesFormatException.class)
                    .hasMessageContaining("larger than");
        }
    }

    private EcbRatesFeed feed(EcbServer ecb) {
        return new EcbRatesFeed(client, URI.create(ecb.url()));
    }
}
