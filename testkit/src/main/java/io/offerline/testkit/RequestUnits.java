package io.offerline.testkit;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Request units by DynamoDB's published rules ("Read and write operations" in the developer
 * guide): a write costs 1 WRU per started KB of the larger of the old and new item, also when its
 * condition fails; a strongly consistent read 1 RRU per started 4 KB (eventually consistent half);
 * BatchGetItem rounds each item, Query and Scan the sum of the items they return; a missing item
 * still costs one unit; a transaction costs double. An UpdateItem that returns no item is sized
 * from its key and the names and values of its expressions, which for small items errs high.
 */
public final class RequestUnits {

    static final long WRITE_UNIT_BYTES = 1024;
    static final long READ_UNIT_BYTES = 4096;
    private static final int TRANSACTION_FACTOR = 2;

    private RequestUnits() {
    }

    /** The cost of a call that succeeded. */
    public static MeteredCall of(SdkRequest request, SdkResponse response) {
        if (request instanceof PutItemRequest put) {
            return write(request, true, Math.max(ItemSizes.item(put.item()), ItemSizes.item(((PutItemResponse) response).attributes())));
        }
        if (request instanceof UpdateItemRequest update) {
            return write(request, true, Math.max(estimate(update), ItemSizes.item(((UpdateItemResponse) response).attributes())));
        }
        if (request instanceof DeleteItemRequest delete) {
            return write(request, true, Math.max(ItemSizes.item(delete.key()), ItemSizes.item(((DeleteItemResponse) response).attributes())));
        }
        if (request instanceof GetItemRequest get) {
            long bytes = ItemSizes.item(((GetItemResponse) response).item());
            return read(request, bytes, readUnits(bytes, get.consistentRead()));
        }
        if (request instanceof QueryRequest query) {
            long bytes = sum(((QueryResponse) response).items());
            return read(request, bytes, readUnits(bytes, query.consistentRead()));
        }
        if (request instanceof ScanRequest scan) {
            long bytes = sum(((ScanResponse) response).items());
            return read(request, bytes, readUnits(bytes, scan.consistentRead()));
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batchGet(batch, (BatchGetItemResponse) response);
        }
        if (request instanceof BatchWriteItemRequest batch) {
            return batchWrite(batch);
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transactWrite(transaction);
        }
        return new MeteredCall(operation(request), true, 0, 0, 0);
    }

    /** The cost of a call that failed: a failed condition still costs the write, any other failure nothing. */
    public static MeteredCall ofFailure(SdkRequest request, Throwable failure) {
        if (!(failure instanceof ConditionalCheckFailedException conditionFailed)) {
            return new MeteredCall(operation(request), false, 0, 0, 0);
        }
        long existing = ItemSizes.item(conditionFailed.item());
        if (request instanceof PutItemRequest put) {
            return write(request, false, Math.max(ItemSizes.item(put.item()), existing));
        }
        if (request instanceof UpdateItemRequest update) {
            return write(request, false, Math.max(estimate(update), existing));
        }
        if (request instanceof DeleteItemRequest delete) {
            return write(request, false, Math.max(ItemSizes.item(delete.key()), existing));
        }
        return new MeteredCall(operation(request), false, 0, 0, 0);
    }

    /** 1 WRU per started KB, at least 1. */
    public static long writeUnits(long itemBytes) {
        return Math.max(1, ceilDiv(itemBytes, WRITE_UNIT_BYTES));
    }

    /** 1 RRU per started 4 KB, at least 1; half of that when not strongly consistent. */
    public static double readUnits(long itemBytes, Boolean consistentRead) {
        long units = Math.max(1, ceilDiv(itemBytes, READ_UNIT_BYTES));
        return Boolean.TRUE.equals(consistentRead) ? units : units / 2.0;
    }

    private static MeteredCall batchGet(BatchGetItemRequest request, BatchGetItemResponse response) {
        long bytes = 0;
        double units = 0;
        for (Map.Entry<String, KeysAndAttributes> table : request.requestItems().entrySet()) {
            List<Map<String, AttributeValue>> found = response.responses().getOrDefault(table.getKey(), List.of());
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(table.getKey());
            long missing = table.getValue().keys().size() - found.size() - (unprocessed == null ? 0 : unprocessed.keys().size());
            Boolean consistentRead = table.getValue().consistentRead();
            bytes += sum(found);
            units += found.stream().mapToDouble(item -> readUnits(ItemSizes.item(item), consistentRead)).sum()
                    + missing * readUnits(0, consistentRead);
        }
        return read(request, bytes, units);
    }

    private static MeteredCall batchWrite(BatchWriteItemRequest request) {
        List<Long> sizes = request.requestItems().values().stream().flatMap(List::stream).map(RequestUnits::size).toList();
        return new MeteredCall(operation(request), true, sizes.stream().mapToLong(Long::longValue).sum(), 0,
                sizes.stream().mapToLong(RequestUnits::writeUnits).sum());
    }

    private static MeteredCall transactWrite(TransactWriteItemsRequest request) {
        List<Long> sizes = request.transactItems().stream().map(RequestUnits::size).toList();
        return new MeteredCall(operation(request), true, sizes.stream().mapToLong(Long::longValue).sum(), 0,
                TRANSACTION_FACTOR * sizes.stream().mapToLong(RequestUnits::writeUnits).sum());
    }

    private static long size(WriteRequest write) {
        return write.putRequest() != null ? ItemSizes.item(write.putRequest().item()) : ItemSizes.item(write.deleteRequest().key());
    }

    private static long size(TransactWriteItem item) {
        if (item.put() != null) {
            return ItemSizes.item(item.put().item());
        }
        if (item.update() != null) {
            return ItemSizes.item(item.update().key()) + expressions(item.update().expressionAttributeNames(),
                    item.update().expressionAttributeValues());
        }
        return ItemSizes.item(item.delete() != null ? item.delete().key() : item.conditionCheck().key());
    }

    private static long estimate(UpdateItemRequest update) {
        return ItemSizes.item(update.key()) + expressions(update.expressionAttributeNames(), update.expressionAttributeValues());
    }

    private static long expressions(Map<String, String> names, Map<String, AttributeValue> values) {
        return names.values().stream().mapToLong(ItemSizes::utf8).sum() + values.values().stream().mapToLong(ItemSizes::value).sum();
    }

    private static MeteredCall write(SdkRequest request, boolean succeeded, long bytes) {
        return new MeteredCall(operation(request), succeeded, bytes, 0, writeUnits(bytes));
    }

    private static MeteredCall read(SdkRequest request, long bytes, double units) {
        return new MeteredCall(operation(request), true, bytes, units, 0);
    }

    private static long sum(List<Map<String, AttributeValue>> items) {
        return items.stream().mapToLong(ItemSizes::item).sum();
    }

    private static String operation(SdkRequest request) {
        return request.getClass().getSimpleName().replaceFirst("Request$", "");
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
