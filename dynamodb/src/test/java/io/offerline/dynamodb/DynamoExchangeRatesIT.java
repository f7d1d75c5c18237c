package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.DailyRates;
import io.offerline.testkit.EcbRatesFixture;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@ExtendWith(DynamoDbExtension.class)
class DynamoExchangeRatesIT {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-16");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-20");
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-25");

    @Test
    void latestOnOrBefore_isThatDay_orOverAWeekendTheLastDayBefore(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        EcbRatesFixture.saveTo(rates);

        assertThat(dateOf(rates.latestOnOrBefore(FRIDAY))).isEqualTo(FRIDAY);
        assertThat(dateOf(rates.latestOnOrBefore(LocalDate.parse("2026-11-21")))).isEqualTo(FRIDAY);
        assertThat(dateOf(rates.latestOnOrBefore(LocalDate.parse("2026-11-22")))).isEqualTo(FRIDAY);
        assertThat(dateOf(rates.latestOnOrBefore(MONDAY))).isEqualTo(MONDAY);
        assertThat(dateOf(rates.latestOnOrBefore(LocalDate.parse("2027-01-04")))).isEqualTo(LAST_DAY);
    }

    @Test
    void latestOnOrBefore_isEmpty_beforeTheFirstDay_andWithoutRates(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        assertThat(rates.latestOnOrBefore(LAST_DAY)).isEmpty();

        EcbRatesFixture.saveTo(rates);

        assertThat(rates.latestOnOrBefore(FIRST_DAY.minusDays(1))).isEmpty();
        assertThat(dateOf(rates.latestOnOrBefore(FIRST_DAY))).isEqualTo(FIRST_DAY);
    }

    @Test
    void publishedBetween_isEveryPublicationDayOfTheRange_newestFirst(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        EcbRatesFixture.saveTo(rates);

        assertThat(rates.publishedBetween(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-22")))
                .extracting(DailyRates::date)
                .containsExactly(FRIDAY, LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-18"));
        assertThat(rates.publishedBetween(FIRST_DAY.minusDays(7), FIRST_DAY.minusDays(1))).isEmpty();
    }

    @Test
    void save_keepsEveryRateWithItsDecimals_asStringsInOneItemPerDay(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        List<DailyRates> fixture = EcbRatesFixture.days();
        EcbRatesFixture.saveTo(rates);

        for (DailyRates day : fixture) {
            // Record equality compares BigDecimals with their scale: 0.87640 stays 0.87640.
            assertThat(rates.latestOnOrBefore(day.date())).contains(day);
        }
        Map<String, AttributeValue> friday = dynamo.client().getItem(request -> request.tableName(dynamo.tables().config())
                .key(Map.of("pk", AttributeValue.fromS("RATES#ECB"), "sk", AttributeValue.fromS("DAY#2026-11-20")))).item();
        assertThat(friday.get("rates").m().get("GBP")).isEqualTo(AttributeValue.fromS("0.87624"));
        assertThat(friday.get("rates").m().get("EUR")).isEqualTo(AttributeValue.fromS("1"));
    }

    @Test
    void save_again_replacesTheDay_withoutAddingItems(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        EcbRatesFixture.saveTo(rates);
        EcbRatesFixture.saveTo(rates);
        DailyRates corrected = new DailyRates(FRIDAY, Map.of(USD, new BigDecimal("1.1641")));

        rates.save(corrected);

        assertThat(rates.latestOnOrBefore(FRIDAY)).contains(corrected);
        int items = dynamo.client().query(request -> request.tableName(dynamo.tables().config())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("RATES#ECB")))).count();
        assertThat(items).isEqualTo(EcbRatesFixture.days().size());
    }

    @Test
    void latestOnOrBefore_makesOneQuery_newestFirst_limitOne(TestDynamo dynamo) {
        EcbRatesFixture.saveTo(new DynamoExchangeRates(dynamo.documentTables()));
        List<SdkRequest> requests = new CopyOnWriteArrayList<>();
        try (DynamoDbClient recording = recordingClient(dynamo.endpoint(), requests)) {
            DynamoExchangeRates rates = new DynamoExchangeRates(
                    new DocumentTables(recording, dynamo.tables()));

            assertThat(dateOf(rates.latestOnOrBefore(LocalDate.parse("2026-11-22")))).isEqualTo(FRIDAY);
        }

        assertThat(requests).singleElement().isInstanceOfSatisfying(QueryRequest.class, query -> {
            assertThat(query.limit()).isEqualTo(1);
            assertThat(query.scanIndexForward()).isFalse();
            assertThat(query.keyConditionExpression()).contains("<=");
            assertThat(query.expressionAttributeValues().values())
                    .contains(AttributeValue.fromS("RATES#ECB"), AttributeValue.fromS("DAY#2026-11-22"));
        });
    }

    @Test
    void converter_onTheStoredFixture_convertsASundayConversionAtFridaysRate(TestDynamo dynamo) {
        DynamoExchangeRates rates = new DynamoExchangeRates(dynamo.documentTables());
        EcbRatesFixture.saveTo(rates);
        CurrencyConverter converter = new CurrencyConverter(rates, TestTime.clock());

        CurrencyConverter.Conversion conversion = converter.convert(new BigDecimal("10"), DailyRates.EURO, USD,
                Instant.parse("2026-11-22T15:00:00Z")).orElseThrow();

        assertThat(conversion).isEqualTo(new CurrencyConverter.Conversion(new BigDecimal("11.640000"), new BigDecimal("1.1640"), FRIDAY));
    }

    private static LocalDate dateOf(Optional<DailyRates> rates) {
        return rates.map(DailyRates::date).orElse(null);
    }

    private static DynamoDbClient recordingClient(String endpoint, List<SdkRequest> requests) {
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                requests.add(context.request());
            }
        };
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(recorder))
                .build();
    }
}
