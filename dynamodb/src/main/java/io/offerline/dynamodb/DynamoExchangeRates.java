package io.offerline.dynamodb;

import io.offerline.core.currency.DailyRates;
import io.offerline.core.currency.ExchangeRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * ECB reference rates in the config table: one item per publication day under one partition
 * ({@code RATES#ECB}, {@code DAY#2026-11-25}). Rates are a map of currency code to decimal text,
 * because a DynamoDB number would not keep a rate's trailing zeros ({@code 0.87640}).
 */
public final class DynamoExchangeRates implements ExchangeRates {

    static final String DATE = "date";
    static final String RATES = "rates";
    private static final EnhancedType<String> STRING = EnhancedType.of(String.class);

    private final DocumentTables tables;

    public DynamoExchangeRates(DocumentTables tables) {
        this.tables = tables;
    }

    /** One Query: the newest day whose sort key is at most the day's, newest first, limit 1. */
    @Override
    public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
        QueryEnhancedRequest newestFirst = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortLessThanOrEqualTo(Keys.ecbRates(day)))
                .scanIndexForward(false)
                .limit(1)
                .build();
        // Only the first page: iterating the items would issue a second Query to look past the limit.
        return tables.config().query(newestFirst).iterator().next().items().stream()
                .findFirst()
                .map(DynamoExchangeRates::dailyRates);
    }

    /** One Query of the days' key range, newest first; the range spans a week, so a few items on one page. */
    @Override
    public List<DailyRates> publishedBetween(LocalDate earliest, LocalDate day) {
        QueryEnhancedRequest newestFirst = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(Keys.ecbRates(earliest), Keys.ecbRates(day)))
                .scanIndexForward(false)
                .build();
        return tables.config().query(newestFirst).items().stream().map(DynamoExchangeRates::dailyRates).toList();
    }

    /** An unconditional put: saving a day again replaces it, so refreshes are idempotent. */
    @Override
    public void save(DailyRates rates) {
        Map<String, String> byCode = rates.perEuro().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().getCurrencyCode(), entry -> entry.getValue().toPlainString()));
        tables.config().putItem(Documents.withKey(Keys.ecbRates(rates.date()))
                .putString(DATE, rates.date().toString())
                .putMap(RATES, byCode, STRING, STRING)
                .build());
    }

    private static DailyRates dailyRates(EnhancedDocument document) {
        Map<Currency, BigDecimal> perEuro = document.getMap(RATES, STRING, STRING).entrySet().stream()
                .collect(Collectors.toMap(entry -> Currency.getInstance(entry.getKey()), entry -> new BigDecimal(entry.getValue())));
        return new DailyRates(LocalDate.parse(document.getString(DATE)), perEuro);
    }
}
