package io.offerline.dynamodb;

import io.offerline.core.cap.CapCounters;
import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.conversion.RecordedConversion;
import io.offerline.core.tracking.Visit;
import io.offerline.core.visitor.Visitor;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Conversions in the events table, beside their click. The item key is click id plus slot, so
 * the create-once condition is the duplicate check: one conditional write, no read; with a
 * conversion cap, one transaction with the cap's counter. Status changes are conditional
 * UpdateItems on the low-level client.
 */
public final class DynamoConversionRepository implements ConversionRepository {

    static final String TYPE = "CONVERSION";
    /** Present on every conversion that carries its visit's stats (all written since conversions outlive their visits). */
    static final String VISITED_AT = "visitedAt";
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String TRANSACTION_CONFLICT = "TransactionConflict";
    private static final int MAX_CONFLICT_ATTEMPTS = 3;

    private final DocumentTables tables;
    private final DynamoDbClient client;
    private final TableNames names;

    public DynamoConversionRepository(DocumentTables tables, DynamoDbClient client, TableNames names) {
        this.tables = tables;
        this.client = client;
        this.names = names;
    }

    @Override
    public boolean recordOnce(Conversion conversion) {
        try {
            tables.events().putItem(Documents.createOnce(document(conversion)));
            return true;
        } catch (ConditionalCheckFailedException duplicate) {
            return false;
        }
    }

    @Override
    public boolean changeStatus(String clickId, ConversionSlot slot, ConversionStatus status) {
        try {
            update(clickId, slot, "SET #status = :status", "attribute_exists(#pk) AND #status <> :status",
                    Map.of("#status", "status", "#pk", OfferlineTables.PARTITION_KEY), Map.of(":status", AttributeValue.fromS(status.name())));
            return true;
        } catch (ConditionalCheckFailedException unchanged) {
            return false;
        }
    }

    /**
     * One strongly consistent Query of the click's partition, on the sort-key prefix of txid
     * slots. A conversion past its retention that DynamoDB has not deleted yet may still change.
     */
    @Override
    public List<RecordedConversion> withTxids(String clickId) {
        Key click = Keys.conversion(clickId, ConversionSlot.single());
        QueryConditional txidSlots = QueryConditional.sortBeginsWith(Key.builder().partitionValue(click.partitionKeyValue())
                .sortValue(Keys.conversionsWithTxid()).build());
        return tables.events().query(request -> request.queryConditional(txidSlots).consistentRead(true)).items().stream()
                .map(item -> new RecordedConversion(clickId, item.getString("txid"), item.getString("accountId"),
                        item.getString("workspaceId"), item.getString("networkId")))
                .toList();
    }

    /**
     * One TransactWriteItems: the conversion's create-once put and the cap counter's conditional
     * increment. The put's condition makes the transaction itself happen once, even when its
     * answer is lost and it is sent again; a full counter cancels it, and the conversion is then
     * stored flagged over cap.
     */
    @Override
    public Counted recordCounted(Conversion conversion, CapCounters.CapKey cap, long limit) {
        Put put = Put.builder()
                .tableName(names.events())
                .item(document(conversion).toMap())
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().put(put).build(),
                        TransactWriteItem.builder().update(DynamoCapCounters.incrementWithinLimit(names, cap, limit)).build()));
                return Counted.WITHIN_CAP;
            } catch (TransactionCanceledException canceled) {
                if (reason(canceled, 0, CONDITION_FAILED)) {
                    return Counted.DUPLICATE;
                }
                if (reason(canceled, 1, CONDITION_FAILED)) {
                    return recordOnce(conversion.flaggedOverCap()) ? Counted.OVER_CAP : Counted.DUPLICATE;
                }
                // Conversions racing for one counter cancel each other's transactions; the SDK does not retry those.
                if (attempt == MAX_CONFLICT_ATTEMPTS || !conflicted(canceled)) {
                    throw canceled;
                }
            }
        }
    }

    private static boolean conflicted(TransactionCanceledException canceled) {
        return canceled.hasCancellationReasons()
                && canceled.cancellationReasons().stream().anyMatch(reason -> TRANSACTION_CONFLICT.equals(reason.code()));
    }

    private static boolean reason(TransactionCanceledException canceled, int item, String code) {
        return canceled.hasCancellationReasons() && canceled.cancellationReasons().size() > item
                && code.equals(canceled.cancellationReasons().get(item).code());
    }

    private void update(String clickId, ConversionSlot slot, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Key key = Keys.conversion(clickId, slot);
        client.updateItem(request -> request
                .tableName(this.names.events())
                .key(Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(), OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow()))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }

    private static EnhancedDocument document(Conversion conversion) {
        EnhancedDocument.Builder builder = Documents.withKey(Keys.conversion(conversion.clickId(), conversion.slot()))
                .putString("type", TYPE)
                .putString("clickId", conversion.clickId())
                .putString("slot", Keys.slot(conversion.slot()))
                .putString("accountId", conversion.accountId())
                .putString("workspaceId", conversion.workspaceId())
                .putString("campaignId", conversion.campaignId())
                .putString("offerId", conversion.offerId())
                .putString("status", conversion.status().name())
                .putBoolean("countsAsConversion", conversion.countsAsConversion())
                .putBoolean("countsAsRevenue", conversion.countsAsRevenue())
                .putNumber("amount", conversion.amount())
                .putString("currency", conversion.currency().getCurrencyCode())
                .putNumber("revenue", conversion.revenue())
                .putNumber("rate", conversion.rate())
                .putString("rateDate", conversion.rateDate().toString())
                .putBoolean("overCap", conversion.overCap())
                .putString("convertedAt", conversion.convertedAt().toString())
                .putNumber(OfferlineTables.EXPIRES_AT, conversion.expiresAt().getEpochSecond());
        Documents.putOptional(builder, "txid", conversion.txid());
        Documents.putOptional(builder, "conversionType", conversion.type());
        Documents.putOptional(builder, "networkId", conversion.networkId());
        withVisitStats(builder, conversion.visit());
        return builder.build();
    }

    /**
     * What the stats need of the conversion's visit, under the visit's own attribute names, so
     * that a status change counts in the visit's cells after the raw visit expired. The visitor's
     * address, user agent and referrer stay with the visit.
     */
    private static void withVisitStats(EnhancedDocument.Builder builder, Visit visit) {
        Visitor visitor = visit.visitor();
        builder.putString(VISITED_AT, visit.visitedAt().toString())
                .putBoolean("bot", visitor.bot())
                .putString("deviceType", visitor.deviceType().name())
                .putNumber("costPerVisit", visit.pricing().perVisit())
                .putNumber("costPerConversion", visit.pricing().perConversion())
                .putNumber("revenueSharePercent", visit.pricing().revenueSharePercent());
        Documents.putOptional(builder, "landerId", visit.landerId());
        Documents.putOptional(builder, "trafficSourceId", visit.trafficSourceId());
        Documents.putOptional(builder, "country", visitor.country());
        Documents.putOptional(builder, "os", visitor.os());
        Documents.putOptional(builder, "browser", visitor.browser());
        Documents.putOptional(builder, "connectionType", visitor.connectionType() == null ? null : visitor.connectionType().name());
    }
}
