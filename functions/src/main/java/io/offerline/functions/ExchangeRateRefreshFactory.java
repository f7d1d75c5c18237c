package io.offerline.functions;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.offerline.core.currency.RatesFeed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The ECB refresher of the scheduled function. Beans are created on first use, so no other
 * function builds the HTTP client. {@code offerline.ecb.url} ({@code OFFERLINE_ECB_URL}) points
 * it elsewhere, e.g. at a test server.
 */
@Factory
public class ExchangeRateRefreshFactory {

    static final String ECB_90_DAYS = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml";

    // The default is applied here: in a placeholder, the colons of a URL would read as further fallbacks.
    @Singleton
    RatesFeed ecbRatesFeed(@Value("${offerline.ecb.url:}") String url) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new EcbRatesFeed(client, URI.create(url.isBlank() ? ECB_90_DAYS : url.trim()));
    }
}
