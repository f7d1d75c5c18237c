package io.offerline.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Records the DynamoDB calls that functions make, as the IAM actions they need: which function
 * (the entry class found on the calling thread's stack), the action, the table and the partition
 * key. A transaction needs the action of each of its items and a batch read {@code BatchGetItem}
 * on each table, so that is what is recorded. Calls from no entry class (a test's own set-up)
 * are not recorded. Tests compare the record with what the stack grants each function.
 */
public final class StorageCalls implements ExecutionInterceptor {

    /** One action of {@code function} on one table or index; {@code partitionKey} is null where the call names none (a Scan). */
    public record StorageCall(String function, String action, String table, String index, String partitionKey) {
    }

    private static final String PARTITION_KEY = "pk";
    private static final Pattern EQUALITY = Pattern.compile("(#?\\w+)\\s*=\\s*(:\\w+)");

    private final Set<StorageCall> calls = new LinkedHashSet<>();
    private final Map<String, String> functionsByEntryClass;

    /** @param functionsByEntryClass the function each entry class belongs to (a handler class, or the class it delegates to) */
    public StorageCalls(Map<String, String> functionsByEntryClass) {
        this.functionsByEntryClass = Map.copyOf(functionsByEntryClass);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Optional<String> function = StackWalker.getInstance().walk(frames -> frames
                .map(frame -> functionsByEntryClass.get(frame.getClassName()))
                .filter(Objects::nonNull)
                .findFirst());
        if (function.isEmpty()) {
            return;
        }
        List<StorageCall> made = of(function.get(), context.request());
        synchronized (calls) {
            calls.addAll(made);
        }
    }

    /** The distinct calls recorded since the last drain; the record then starts over. */
    public List<StorageCall> drain() {
        synchronized (calls) {
            List<StorageCall> drained = List.copyOf(calls);
            calls.clear();
            return drained;
        }
    }

    private static List<StorageCall> of(String function, SdkRequest request) {
        List<StorageCall> made = new ArrayList<>();
        if (request instanceof GetItemRequest get) {
            made.add(call(function, "GetItem", get.tableName(), null, get.key()));
        } else if (request instanceof PutItemRequest put) {
            made.add(call(function, "PutItem", put.tableName(), null, put.item()));
        } else if (request instanceof UpdateItemRequest update) {
            made.add(call(function, "UpdateItem", update.tableName(), null, update.key()));
        } else if (request instanceof DeleteItemRequest delete) {
            made.add(call(function, "DeleteItem", delete.tableName(), null, delete.key()));
        } else if (request instanceof QueryRequest query) {
            made.add(new StorageCall(function, "Query", query.tableName(), query.indexName(), queriedPartition(query)));
        } else if (request instanceof ScanRequest scan) {
            made.add(new StorageCall(function, "Scan", scan.tableName(), scan.indexName(), null));
        } else if (request instanceof BatchGetItemRequest batch) {
            batch.requestItems().forEach((table, keys) -> keys.keys().forEach(key -> made.add(call(function, "BatchGetItem", table, null, key))));
        } else if (request instanceof BatchWriteItemRequest batch) {
            batch.requestItems().forEach((table, writes) -> made.add(new StorageCall(function, "BatchWriteItem", table, null, null)));
        } else if (request instanceof TransactGetItemsRequest transaction) {
            transaction.transactItems().forEach(item -> made.add(call(function, "GetItem", item.get().tableName(), null, item.get().key())));
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().forEach(item -> made.add(transactWrite(function, item)));
        } else {
            made.add(new StorageCall(function, request.getClass().getSimpleName().replace("Request", ""), null, null, null));
        }
        return made;
    }

    private static StorageCall transactWrite(String function, TransactWriteItem item) {
        if (item.put() != null) {
            return call(function, "PutItem", item.put().tableName(), null, item.put().item());
        }
        if (item.update() != null) {
            return call(function, "UpdateItem", item.update().tableName(), null, item.update().key());
        }
        if (item.delete() != null) {
            return call(function, "DeleteItem", item.delete().tableName(), null, item.delete().key());
        }
        return call(function, "ConditionCheckItem", item.conditionCheck().tableName(), null, item.conditionCheck().key());
    }

    /** The partition a Query names in its key condition ({@code pk = :value}, or the index's key). */
    private static String queriedPartition(QueryRequest query) {
        Matcher equality = EQUALITY.matcher(query.keyConditionExpression() == null ? "" : query.keyConditionExpression());
        while (equality.find()) {
            String attribute = query.expressionAttributeNames().getOrDefault(equality.group(1), equality.group(1));
            if (attribute.equals(PARTITION_KEY) || attribute.equals(query.indexName() + PARTITION_KEY)) {
                return query.expressionAttributeValues().get(equality.group(2)).s();
            }
        }
        return null;
    }

    /** The stack's tables all key on {@code pk}; IAM's {@code dynamodb:LeadingKeys} is its value. */
    private static StorageCall call(String function, String action, String table, String index, Map<String, AttributeValue> key) {
        AttributeValue partition = key.get(PARTITION_KEY);
        return new StorageCall(function, action, table, index, partition == null ? null : partition.s());
    }
}
