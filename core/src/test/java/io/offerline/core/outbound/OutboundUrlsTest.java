package io.offerline.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://src.example/pb?c=1&token=abc|https://src.example/pb?c=1&token=***",
            "https://src.example/pb?api_key=K&c=1|https://src.example/pb?api_key=***&c=1",
            "https://src.example/pb?c=1&Secret=s#f|https://src.example/pb?c=1&Secret=***#f",
            "https://src.example/pb?c=1&sig=x&auth_code=y|https://src.example/pb?c=1&sig=***&auth_code=***",
            "https://user:pw@src.example/pb?c=1|https://***@src.example/pb?c=1",
            "https://src.example/pb?click=1&payout=2.50|https://src.example/pb?click=1&payout=2.50"})
    void redacted_hidesCredentialsOnly(String url, String shown) {
        assertThat(OutboundUrls.redacted(url)).isEqualTo(shown);
    }
}
