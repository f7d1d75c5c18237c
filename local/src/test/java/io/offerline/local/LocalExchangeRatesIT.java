package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.DailyRates;
import io.offerline.dynamodb.DocumentTables;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoExchangeRates;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack converts out of the box: it stores the shipped ECB fixture when it starts. */
@ExtendWith(DynamoDbExtension.class)
class LocalExchangeRatesIT {

    @Test
    void start_storesTheEcbFixture_soConversionsWorkLocally(TestDynamo dynamo) {
        try (LocalStack ignored = LocalStack.start(new LocalSettings(0, null, dynamo.endpoint()))) {
            DynamoExchangeRates stored = new DynamoExchangeRates(
                    new DocumentTables(dynamo.client(), TableNames.withPrefix("offerline-")));
            CurrencyConverter converter = new CurrencyConverter(stored, Clock.systemUTC());

            CurrencyConverter.Conversion conversion = converter.convert(new BigDecimal("100"), Currency.getInstance("GBP"),
                    DailyRates.EURO, Instant.parse("2026-11-21T10:00:00Z")).orElseThrow();

            assertThat(conversion.rateDate()).isEqualTo(LocalDate.parse("2026-11-20"));
            // 100 / 0.87624 = 114.1239842...
            assertThat(conversion.amount()).isEqualTo(new BigDecimal("114.123984"));
        }
    }
}
