package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.currency.ExchangeRateRefresher;
import io.offerline.core.currency.RatesFeed;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The beans only: nothing here reaches DynamoDB or the ECB. */
class ExchangeRateRefreshFactoryTest {

    private static final String NOWHERE = "http://127.0.0.1:9";

    @Test
    void context_givesARefresherOnTheEcbNinetyDayFile_byDefault() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("dynamodb.endpoint", NOWHERE))) {
            assertThat(context.getBean(ExchangeRateRefresher.class)).isSameAs(context.getBean(ExchangeRateRefresher.class));
            assertThat(context.getBean(RatesFeed.class)).isInstanceOfSatisfying(EcbRatesFeed.class, feed -> assertThat(feed.uri())
                    .isEqualTo(URI.create("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml")));
        }
    }

    @Test
    void context_takesTheEcbUrlFromTheProperty() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("dynamodb.endpoint", NOWHERE, "offerline.ecb.url", NOWHERE + "/rates.xml"))) {
            assertThat(((EcbRatesFeed) context.getBean(RatesFeed.class)).uri()).isEqualTo(URI.create(NOWHERE + "/rates.xml"));
        }
    }
}
