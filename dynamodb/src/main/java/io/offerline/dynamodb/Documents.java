package io.offerline.dynamodb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import io.offerline.core.common.ConflictException;

/** Conversions every mapper shares: keys, instants, decimals, and the create-once condition. */
final class Documents {

    private static final Expression NOT_EXISTS = Expression.builder()
            .expression("attribute_not_exists(#pk)")
            .putExpressionName("#pk", OfferlineTables.PARTITION_KEY)
            .build();

    private Documents() {
    }

    /** A document builder with the primary key filled in. */
    static EnhancedDocument.Builder withKey(Key key) {
        return EnhancedDocument.builder()
                .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
                .putString(OfferlineTables.PARTITION_KEY, key.partitionKeyValue().s())
                .putString(OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow().s());
    }

    /**
     * A put that replaces the item only while it still has {@code expectedVersion}; translate
     * its {@code ConditionalCheckFailedException} with {@link #conflict}.
     */
    static PutItemEnhancedRequest<EnhancedDocument> replaceIfVersion(EnhancedDocument document, long expectedVersion) {
        Expression sameVersion = Expression.builder()
                .expression("attribute_exists(#pk) AND #version = :expected")
                .putExpressionName("#pk", OfferlineTables.PARTITION_KEY)
                .putExpressionName("#version", "version")
                .putExpressionValue(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))
                .build();
        return PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document).conditionExpression(sameVersion).build();
    }

    static ConflictException conflict(String entity, String id, long expectedVersion) {
        return new ConflictException("The " + entity + " " + id + " was changed since version " + expectedVersion
                + " (or no longer exists): reload it and apply your change again.");
    }

    /** A put that fails with {@code ConditionalCheckFailedException} when the key is taken. */
    static PutItemEnhancedRequest<EnhancedDocument> createOnce(EnhancedDocument document) {
        return PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document).conditionExpression(NOT_EXISTS).build();
    }

    /** The same put for an item built as attribute values, on the bare client. */
    static PutItemRequest createOnce(String table, Map<String, AttributeValue> item) {
        return PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression(NOT_EXISTS.expression())
                .expressionAttributeNames(NOT_EXISTS.expressionNames())
                .build();
    }

    static void putOptional(EnhancedDocument.Builder builder, String name, String value) {
        if (value != null) {
            builder.putString(name, value);
        }
    }

    static Instant instant(EnhancedDocument document, String name) {
        return Instant.parse(document.getString(name));
    }

    static BigDecimal decimal(EnhancedDocument document, String name) {
        return document.getNumber(name).bigDecimalValue();
    }

    static Instant epochSeconds(EnhancedDocument document, String name) {
        SdkNumber number = document.getNumber(name);
        return Instant.ofEpochSecond(number.longValue());
    }

    static boolean isExpired(EnhancedDocument document, Instant now) {
        // moto never deletes expired items, and DynamoDB deletes them up to days late.
        return document.isPresent(OfferlineTables.EXPIRES_AT)
                && !epochSeconds(document, OfferlineTables.EXPIRES_AT).isAfter(now);
    }
}
