package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The postback log in the events table: {@link Keys#POSTBACK_LOG_SHARDS} partitions per account,
 * listed merged, newest first by time ({@link NewestFirstShards}), and expiring after
 * {@link PostbackLog#RETENTION_DAYS} days.
 */
public final class DynamoPostbackLog implements PostbackLog {

    private final DocumentTables tables;
    private final Clock clock;

    public DynamoPostbackLog(DocumentTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public void record(PostbackLogEntry entry) {
        EnhancedDocument.Builder builder = Documents.withKey(Key.builder()
                        .partitionValue(Keys.postbackLogOf(entry.accountId(), entry.id()))
                        .sortValue(NewestFirstPages.sortKey(entry.receivedAt(), entry.id())).build())
                .putString("type", "POSTBACK_LOG")
                .putString("id", entry.id())
                .putString("receivedAt", entry.receivedAt().toString())
                .putString("outcome", entry.outcome().name())
                .putString("reason", entry.reason())
                .putNumber(OfferlineTables.EXPIRES_AT, entry.expiresAt().getEpochSecond());
        Documents.putOptional(builder, "accountId", entry.accountId());
        Documents.putOptional(builder, "clickId", entry.clickId());
        Documents.putOptional(builder, "sourceIp", entry.sourceIp());
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        Map<String, AttributeValue> parameters = new HashMap<>();
        entry.parameters().forEach((name, value) -> parameters.put(name, AttributeValue.fromS(value)));
        item.put("parameters", AttributeValue.fromM(parameters));
        tables.events().putItem(EnhancedDocument.fromAttributeValueMap(item));
    }

    @Override
    public Page<PostbackLogEntry> list(String accountId, PostbackOutcome outcome, PageRequest page) {
        Expression byOutcome = outcome == null ? null : Expression.builder().expression("#outcome = :outcome")
                .putExpressionName("#outcome", "outcome").putExpressionValue(":outcome", AttributeValue.fromS(outcome.name())).build();
        return NewestFirstShards.list(tables.events(), Keys.postbackLogsOf(accountId), byOutcome, page, clock.instant())
                .map(DynamoPostbackLog::entry);
    }

    private static PostbackLogEntry entry(EnhancedDocument item) {
        Map<String, String> parameters = new HashMap<>();
        item.getMapOfUnknownType("parameters").forEach((name, value) -> parameters.put(name, value.s()));
        return new PostbackLogEntry(item.getString("id"), item.getString("accountId"), Documents.instant(item, "receivedAt"),
                item.getString("clickId"), PostbackOutcome.valueOf(item.getString("outcome")), item.getString("reason"), parameters,
                item.getString("sourceIp"), Documents.epochSeconds(item, OfferlineTables.EXPIRES_AT));
    }
}
