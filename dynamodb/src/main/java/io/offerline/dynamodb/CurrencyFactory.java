package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.ExchangeRates;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The currency converter, here rather than in {@code functions} because conversions are priced
 * both by the postback function and by the API's conversion upload.
 */
@Factory
public class CurrencyFactory {

    @Singleton
    CurrencyConverter currencyConverter(ExchangeRates rates, Clock clock) {
        return new CurrencyConverter(rates, clock);
    }
}
