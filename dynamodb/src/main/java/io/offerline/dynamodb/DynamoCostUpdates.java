package io.offerline.dynamodb;

import io.offerline.core.cost.CostUpdate;
import io.offerline.core.cost.CostUpdateRepository;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.ReportFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cost updates in the events table, one item each under their campaign, kept
 * {@link #RETENTION} like the audit trail: the stream hands each new one to the stats
 * aggregator, which applies it to the cells ({@link CostUpdateCells}).
 */
public final class DynamoCostUpdates implements CostUpdateRepository {

    static final String TYPE = "COSTUPDATE";
    static final Duration RETENTION = Duration.ofDays(90);

    private final DynamoDbClient client;
    private final TableNames names;

    public DynamoCostUpdates(DynamoDbClient client, TableNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public void record(CostUpdate update) {
        client.putItem(request -> request.tableName(names.events()).item(item(update)));
    }

    /** Whether a stream change is a cost update being recorded. */
    static boolean isRecorded(StreamChange change) {
        return "INSERT".equals(change.eventName()) && change.newImage().containsKey("type")
                && TYPE.equals(change.newImage().get("type").s());
    }

    static Map<String, AttributeValue> item(CostUpdate update) {
        Key key = Keys.costUpdate(update.campaignId(), update.createdAt(), update.id());
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(OfferlineTables.PARTITION_KEY, key.partitionKeyValue());
        item.put(OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow());
        item.put("type", AttributeValue.fromS(TYPE));
        item.put("id", AttributeValue.fromS(update.id()));
        item.put("accountId", AttributeValue.fromS(update.accountId()));
        item.put("workspaceId", AttributeValue.fromS(update.workspaceId()));
        item.put("campaignId", AttributeValue.fromS(update.campaignId()));
        item.put("from", AttributeValue.fromS(update.from().toString()));
        item.put("to", AttributeValue.fromS(update.to().toString()));
        item.put("zone", AttributeValue.fromS(update.zone().getId()));
        item.put("amount", AttributeValue.fromS(update.amount().toPlainString()));
        item.put("currency", AttributeValue.fromS(update.currency().getCurrencyCode()));
        item.put("enteredAmount", AttributeValue.fromS(update.enteredAmount().toPlainString()));
        item.put("enteredCurrency", AttributeValue.fromS(update.enteredCurrency().getCurrencyCode()));
        item.put("filters", AttributeValue.fromL(update.filters().stream().map(DynamoCostUpdates::filter).toList()));
        item.put("createdAt", AttributeValue.fromS(update.createdAt().toString()));
        item.put(OfferlineTables.EXPIRES_AT, AttributeValue.fromN(Long.toString(update.createdAt().plus(RETENTION).getEpochSecond())));
        return item;
    }

    /** Amounts are kept as text: a number attribute would lose the trailing zeros of their scale. */
    static CostUpdate update(Map<String, AttributeValue> item) {
        return new CostUpdate(item.get("id").s(), item.get("accountId").s(), item.get("workspaceId").s(), item.get("campaignId").s(),
                LocalDate.parse(item.get("from").s()), LocalDate.parse(item.get("to").s()), ZoneId.of(item.get("zone").s()),
                new BigDecimal(item.get("amount").s()), Currency.getInstance(item.get("currency").s()),
                new BigDecimal(item.get("enteredAmount").s()), Currency.getInstance(item.get("enteredCurrency").s()),
                item.get("filters").l().stream().map(DynamoCostUpdates::filter).toList(), Instant.parse(item.get("createdAt").s()));
    }

    private static AttributeValue filter(ReportFilter filter) {
        return AttributeValue.fromM(Map.of("dimension", AttributeValue.fromS(filter.dimension().name()),
                "values", AttributeValue.fromL(filter.values().stream().map(AttributeValue::fromS).toList())));
    }

    private static ReportFilter filter(AttributeValue value) {
        Map<String, AttributeValue> fields = value.m();
        return new ReportFilter(Dimension.valueOf(fields.get("dimension").s()), fields.get("values").l().stream().map(AttributeValue::s).toList());
    }
}
