package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.ExchangeRates;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any context with this module, the API's as well as the functions', can inject the converter. */
class CurrencyFactoryTest {

    @Test
    void context_givesOneCurrencyConverter_onTheDynamoRates() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("dynamodb.endpoint", "http://127.0.0.1:9"))) {
            assertThat(context.getBean(CurrencyConverter.class)).isSameAs(context.getBean(CurrencyConverter.class));
            assertThat(context.getBean(ExchangeRates.class)).isInstanceOf(DynamoExchangeRates.class);
        }
    }
}
