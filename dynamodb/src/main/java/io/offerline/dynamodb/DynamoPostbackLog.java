package io.offerline.dynamodb;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The postback log in the events table: one partition per account, newest first by time, and
 * expiring after {@link PostbackLog#RETENTION_DAYS} days.
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
                        .partitionValue(Keys.postbackLogOf(entry.accountId()))
                        .sortValue(entry.receivedAt() + "#" + entry.id()).build())
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
        String partition = Keys.postbackLogOf(accountId);
        Map<String, AttributeValue> start = startKey(partition, page.after());
        Instant now = clock.instant();
        List<Page.Edge<PostbackLogEntry>> edges = new ArrayList<>();
        boolean more = true;
        while (edges.size() <= page.first() && more) {
            QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build()))
                    .scanIndexForward(false)
                    .exclusiveStartKey(start)
                    .limit(page.first() + 1);
            if (outcome != null) {
                query.filterExpression(Expression.builder().expression("#outcome = :outcome")
                        .putExpressionName("#outcome", "outcome").putExpressionValue(":outcome", AttributeValue.fromS(outcome.name())).build());
            }
            software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedDocument> result = tables.events().query(query.build()).iterator().next();
            result.items().stream().filter(item -> !Documents.isExpired(item, now))
                    .forEach(item -> edges.add(new Page.Edge<>(entry(item), item.getString(OfferlineTables.SORT_KEY))));
            start = result.lastEvaluatedKey();
            more = start != null && !start.isEmpty();
        }
        boolean hasNext = edges.size() > page.first();
        return new Page<>(hasNext ? edges.subList(0, page.first()) : edges, hasNext);
    }

    private static Map<String, AttributeValue> startKey(String partition, String cursor) {
        if (cursor == null) {
            return null;
        }
        if (!cursor.matches("[0-9TZ:.\\-]+#[A-Za-z0-9_-]+")) {
            throw new InvalidInputException("after", "This cursor does not belong to this list; use an endCursor from it.");
        }
        return Map.of(OfferlineTables.PARTITION_KEY, AttributeValue.fromS(partition), OfferlineTables.SORT_KEY, AttributeValue.fromS(cursor));
    }

    private static PostbackLogEntry entry(EnhancedDocument item) {
        Map<String, String> parameters = new HashMap<>();
        item.getMapOfUnknownType("parameters").forEach((name, value) -> parameters.put(name, value.s()));
        return new PostbackLogEntry(item.getString("id"), item.getString("accountId"), Documents.instant(item, "receivedAt"),
                item.getString("clickId"), PostbackOutcome.valueOf(item.getString("outcome")), item.getString("reason"), parameters,
                item.getString("sourceIp"), Documents.epochSeconds(item, OfferlineTables.EXPIRES_AT));
    }
}
