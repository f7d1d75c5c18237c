package io.offerline.dynamodb;

import io.offerline.core.audit.AuditEntry;
import io.offerline.core.audit.AuditFilter;
import io.offerline.core.audit.AuditLog;
import io.offerline.core.audit.FieldChange;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The audit trail in the events table: one partition per account, newest first by time, and
 * expiring after {@link AuditLog#RETENTION_DAYS} days. The stats aggregator skips its items.
 */
public final class DynamoAuditLog implements AuditLog {

    static final String TYPE = "AUDIT";

    private final DocumentTables tables;
    private final Clock clock;

    public DynamoAuditLog(DocumentTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        EnhancedDocument.Builder builder = Documents.withKey(Key.builder()
                        .partitionValue(Keys.auditOf(entry.accountId()))
                        .sortValue(NewestFirstPages.sortKey(entry.at(), entry.id())).build())
                .putString("type", TYPE)
                .putString("id", entry.id())
                .putString("accountId", entry.accountId())
                .putString("at", entry.at().toString())
                .putString("userId", entry.userId())
                .putString("operation", entry.operation())
                .putString("entityType", entry.entityType())
                .putNumber(OfferlineTables.EXPIRES_AT, entry.expiresAt().getEpochSecond());
        Documents.putOptional(builder, "keyId", entry.keyId());
        Documents.putOptional(builder, "entityId", entry.entityId());
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("changes", AttributeValue.fromL(entry.changes().stream().map(DynamoAuditLog::change).toList()));
        tables.events().putItem(EnhancedDocument.fromAttributeValueMap(item));
    }

    @Override
    public Page<AuditEntry> list(String accountId, AuditFilter filter, PageRequest page) {
        String partition = Keys.auditOf(accountId);
        return NewestFirstPages.list(tables.events(), partition, range(partition, filter), matching(filter), page, clock.instant())
                .map(DynamoAuditLog::entry);
    }

    /** {@code from} is inclusive and {@code to} exclusive: an entry at {@code to} sorts after its key's start. */
    private static QueryConditional range(String partition, AuditFilter filter) {
        if (filter.from() != null && filter.to() != null) {
            return QueryConditional.sortBetween(key(partition, NewestFirstPages.instant(filter.from())),
                    key(partition, NewestFirstPages.instant(filter.to())));
        }
        if (filter.from() != null) {
            return QueryConditional.sortGreaterThanOrEqualTo(key(partition, NewestFirstPages.instant(filter.from())));
        }
        if (filter.to() != null) {
            return QueryConditional.sortLessThan(key(partition, NewestFirstPages.instant(filter.to())));
        }
        return QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build());
    }

    private static Key key(String partition, String sortKey) {
        return Key.builder().partitionValue(partition).sortValue(sortKey).build();
    }

    private static Expression matching(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder expression = Expression.builder();
        if (filter.userId() != null) {
            conditions.add("#userId = :userId");
            expression.putExpressionName("#userId", "userId").putExpressionValue(":userId", AttributeValue.fromS(filter.userId()));
        }
        if (filter.entityId() != null) {
            conditions.add("#entityId = :entityId");
            expression.putExpressionName("#entityId", "entityId").putExpressionValue(":entityId", AttributeValue.fromS(filter.entityId()));
        }
        return conditions.isEmpty() ? null : expression.expression(String.join(" AND ", conditions)).build();
    }

    private static AttributeValue change(FieldChange change) {
        Map<String, AttributeValue> value = new HashMap<>();
        value.put("field", AttributeValue.fromS(change.field()));
        if (change.before() != null) {
            value.put("before", AttributeValue.fromS(change.before()));
        }
        if (change.after() != null) {
            value.put("after", AttributeValue.fromS(change.after()));
        }
        return AttributeValue.fromM(value);
    }

    private static AuditEntry entry(EnhancedDocument item) {
        List<FieldChange> changes = item.toMap().get("changes").l().stream()
                .map(AttributeValue::m)
                .map(change -> new FieldChange(change.get("field").s(), text(change.get("before")), text(change.get("after"))))
                .toList();
        return new AuditEntry(item.getString("id"), item.getString("accountId"), Documents.instant(item, "at"), item.getString("userId"),
                item.getString("keyId"), item.getString("operation"), item.getString("entityType"), item.getString("entityId"), changes,
                Documents.epochSeconds(item, OfferlineTables.EXPIRES_AT));
    }

    private static String text(AttributeValue value) {
        return value == null ? null : value.s();
    }
}
