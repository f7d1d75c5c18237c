package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.DailyRates;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.StorageGrants;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.EcbRatesFixture;
import io.offerline.testkit.StorageCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ExchangeRateRefreshHandlerIT {

    private final StorageCalls storageCalls = StorageGrants.recorder();
    private TableNames tables;

    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-20");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void scheduledRun_savesEveryDayOfTheEcbFile_andTheConverterUsesThem(TestDynamo dynamo) {
        try (EcbServer ecb = new EcbServer(200, EcbRatesFixture.bytes());
                ApplicationContext context = context(dynamo, ecb)) {
            String result = new ExchangeRateRefreshHandler(context).handleRequest(scheduledEvent(), null);

            assertThat(result).isEqualTo("Saved the ECB rates of 8 days, 2026-11-16 to 2026-11-25.");
            ExchangeRates rates = context.getBean(ExchangeRates.class);
            for (DailyRates day : EcbRatesFixture.days()) {
                assertThat(rates.latestOnOrBefore(day.date())).contains(day);
            }
            CurrencyConverter.Conversion sunday = context.getBean(CurrencyConverter.class)
                    .convert(BigDecimal.TEN, DailyRates.EURO, USD, Instant.parse("2026-11-22T12:00:00Z")).orElseThrow();
            assertThat(sunday.rateDate()).isEqualTo(FRIDAY);
            assertThat(sunday.amount()).isEqualTo(new BigDecimal("11.640000"));
        }
    }

    @Test
    void scheduledRun_again_replacesTheSameDays(TestDynamo dynamo) {
        try (EcbServer ecb = new EcbServer(200, EcbRatesFixture.bytes());
                ApplicationContext context = context(dynamo, ecb)) {
            ExchangeRateRefreshHandler handler = new ExchangeRateRefreshHandler(context);

            String first = handler.handleRequest(scheduledEvent(), null);
            String second = handler.handleRequest(scheduledEvent(), null);

            assertThat(second).isEqualTo(first);
            assertThat(ecb.requests()).isEqualTo(2);
            assertThat(context.getBean(ExchangeRates.class).latestOnOrBefore(FRIDAY)).contains(fixtureDay(FRIDAY));
        }
    }

    @Test
    void scheduledRun_whenTheEcbFails_failsAndKeepsTheStoredRates(TestDynamo dynamo) {
        try (EcbServer ecb = new EcbServer(200, EcbRatesFixture.bytes());
                ApplicationContext context = context(dynamo, ecb)) {
            ExchangeRateRefreshHandler handler = new ExchangeRateRefreshHandler(context);
            handler.handleRequest(scheduledEvent(), null);
            ecb.answer(503, "Service unavailable".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> handler.handleRequest(scheduledEvent(), null)).hasMessageContaining("HTTP 503");
            assertThat(context.getBean(ExchangeRates.class).latestOnOrBefore(FRIDAY)).contains(fixtureDay(FRIDAY));
        }
    }

    private ApplicationContext context(TestDynamo dynamo, EcbServer ecb) {
        tables = dynamo.tables();
        return ApplicationContext.builder()
                .properties(Map.of(
                        "dynamodb.endpoint", dynamo.endpoint(),
                        "offerline.tables.config", dynamo.tables().config(),
                        "offerline.tables.events", dynamo.tables().events(),
                        "offerline.ecb.url", ecb.url()))
                .singletons(storageCalls)
                .start();
    }

    @AfterEach
    void refresherStaysInsideItsGrants() {
        StorageGrants.assertAllowed(storageCalls, tables);
    }

    private static DailyRates fixtureDay(LocalDate date) {
        List<DailyRates> days = EcbRatesFixture.days();
        return days.stream().filter(day -> day.date().equals(date)).findFirst().orElseThrow();
    }

    private static Map<String, Object> scheduledEvent() {
        try (InputStream in = ExchangeRateRefreshHandlerIT.class.getResourceAsStream("/events/eventbridge/scheduled.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
