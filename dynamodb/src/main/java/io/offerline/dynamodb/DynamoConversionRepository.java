package io.offerline.dynamodb;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Conversions in the events table, beside their click. The item key is click id plus slot, so
 * the create-once condition is the duplicate check: one conditional write, no read. Status and
 * cap flags change through conditional UpdateItems on the low-level client.
 */
public final class DynamoConversionRepository implements ConversionRepository {

    static final String TYPE = "CONVERSION";

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

    @Override
    public void flagOverCap(String clickId, ConversionSlot slot) {
        update(clickId, slot, "SET #overCap = :true", "attribute_exists(#pk)",
                Map.of("#overCap", "overCap", "#pk", OfferlineTables.PARTITION_KEY), Map.of(":true", AttributeValue.fromBool(true)));
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
        return builder.build();
    }
}
