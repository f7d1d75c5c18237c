package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundFilter;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.outbound.OutboundLogEntry;
import io.offerline.core.outbound.OutboundStatus;
import io.offerline.core.outbound.OutboundUrls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The outbound log in the events table: one item per delivery in its account's partition, keyed by
 * the conversion's time and the delivery's idempotency key, so that every attempt updates the same
 * item. Each write is conditional on the item not being {@code SENT}: a success is recorded once.
 */
public final class DynamoOutboundLog implements OutboundLog {

    static final String TYPE = "OUTBOUND_POSTBACK";
    private static final String STATUS = "#status";
    private static final String NOT_SENT = "attribute_not_exists(#status) OR #status <> :sent";

    private final DocumentTables tables;
    private final DynamoDbClient client;
    private final TableNames names;
    private final Clock clock;

    public DynamoOutboundLog(DocumentTables tables, DynamoDbClient client, TableNames names, Clock clock) {
        this.tables = tables;
        this.client = client;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void queued(OutboundDelivery delivery) {
        Instant now = clock.instant();
        EnhancedDocument.Builder builder = Documents.withKey(key(delivery))
                .putString("type", TYPE)
                .putString("id", delivery.key())
                .putString("accountId", delivery.accountId())
                .putString("trafficSourceId", delivery.trafficSourceId())
                .putString("clickId", delivery.clickId())
                .putString("url", OutboundUrls.redacted(delivery.url()))
                .putString("status", OutboundStatus.QUEUED.name())
                .putNumber("attempts", 0)
                .putString("convertedAt", delivery.convertedAt().toString())
                .putString("updatedAt", now.toString())
                .putNumber(OfferlineTables.EXPIRES_AT, now.plus(Duration.ofDays(RETENTION_DAYS)).getEpochSecond());
        Documents.putOptional(builder, "txid", delivery.txid());
        try {
            tables.events().putItem(Documents.createOnce(builder.build()));
        } catch (ConditionalCheckFailedException replayed) {
            // The stream delivered the conversion again; its delivery is logged already.
        }
    }

    @Override
    public boolean isSent(OutboundDelivery delivery) {
        EnhancedDocument item = tables.events().getItem(request -> request.key(key(delivery)).consistentRead(true));
        return item != null && OutboundStatus.SENT.name().equals(item.getString("status"));
    }

    @Override
    public boolean attempted(OutboundDelivery delivery, OutboundStatus status, Integer responseCode, String error) {
        Key key = key(delivery);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":status", AttributeValue.fromS(status.name()),
                ":sent", AttributeValue.fromS(OutboundStatus.SENT.name()),
                ":attempts", AttributeValue.fromN(Integer.toString(delivery.attempt())),
                ":updatedAt", AttributeValue.fromS(clock.instant().toString())));
        List<String> sets = new ArrayList<>(List.of("#status = :status", "attempts = :attempts", "updatedAt = :updatedAt"));
        List<String> removes = new ArrayList<>();
        optional("responseCode", responseCode == null ? null : AttributeValue.fromN(responseCode.toString()), sets, removes, values);
        optional("lastError", error == null ? null : AttributeValue.fromS(error), sets, removes, values);
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        try {
            client.updateItem(request -> request
                    .tableName(names.events())
                    .key(Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(),
                            OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow()))
                    .updateExpression(update)
                    .conditionExpression(NOT_SENT)
                    .expressionAttributeNames(Map.of(STATUS, "status"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException alreadySent) {
            return false;
        }
    }

    @Override
    public Page<OutboundLogEntry> list(String accountId, OutboundFilter filter, PageRequest page) {
        String partition = Keys.outboundLogOf(accountId);
        return NewestFirstPages.list(tables.events(), partition, QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build()),
                expression(filter), page, clock.instant()).map(DynamoOutboundLog::entry);
    }

    private static void optional(String name, AttributeValue value, List<String> sets, List<String> removes,
            Map<String, AttributeValue> values) {
        if (value == null) {
            removes.add(name);
            return;
        }
        sets.add(name + " = :" + name);
        values.put(":" + name, value);
    }

    private static Expression expression(OutboundFilter filter) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder builder = Expression.builder();
        if (filter.status() != null) {
            conditions.add("#status = :status");
            builder.putExpressionName(STATUS, "status").putExpressionValue(":status", AttributeValue.fromS(filter.status().name()));
        }
        if (filter.trafficSourceId() != null) {
            conditions.add("trafficSourceId = :trafficSourceId");
            builder.putExpressionValue(":trafficSourceId", AttributeValue.fromS(filter.trafficSourceId()));
        }
        return conditions.isEmpty() ? null : builder.expression(String.join(" AND ", conditions)).build();
    }

    private static Key key(OutboundDelivery delivery) {
        return Keys.outboundDelivery(delivery.accountId(), delivery.convertedAt(), delivery.key());
    }

    private static OutboundLogEntry entry(EnhancedDocument item) {
        return new OutboundLogEntry(item.getString("id"), item.getString("accountId"), item.getString("trafficSourceId"),
                item.getString("clickId"), item.getString("txid"), item.getString("url"), OutboundStatus.valueOf(item.getString("status")),
                item.isPresent("responseCode") ? item.getNumber("responseCode").intValue() : null, item.getNumber("attempts").intValue(),
                item.getString("lastError"), Documents.instant(item, "convertedAt"), Documents.instant(item, "updatedAt"));
    }
}
