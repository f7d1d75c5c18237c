package io.offerline.dynamodb;

import io.offerline.core.stats.Cell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Stats cells written straight into the stats table in the aggregator's item layout, with
 * BatchWriteItem: for benchmarks and tests that need more cells than traffic through the stream
 * could make in their time.
 */
public final class StoredCells {

    private static final int BATCH_WRITE_ITEMS = 25;

    private StoredCells() {
    }

    /** The item the aggregator's UpdateItem leaves: the key, which holds the dimensions, and the counters it adds. */
    public static Map<String, AttributeValue> item(Cell cell) {
        Key key = Keys.statsCell(cell.key());
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(OfferlineTables.PARTITION_KEY, key.partitionKeyValue());
        item.put(OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow());
        StatsCellItem.counters(cell.totals()).forEach((name, value) -> item.put(name, AttributeValue.fromN(value)));
        return item;
    }

    /** Writes {@code cells} as they are stored (each cell's item alone: no roll-ups). */
    public static void writeCells(DynamoDbClient client, TableNames tables, List<Cell> cells) {
        write(client, tables, cells.stream().map(StoredCells::item).toList());
    }

    static void write(DynamoDbClient client, TableNames tables, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH_WRITE_ITEMS) {
            List<WriteRequest> puts = items.subList(from, Math.min(items.size(), from + BATCH_WRITE_ITEMS)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            writeBatch(client, Map.of(tables.stats(), puts));
        }
    }

    /** BatchWriteItem until no item is left unprocessed, backing off between retries as DynamoDB asks. */
    private static void writeBatch(DynamoDbClient client, Map<String, List<WriteRequest>> requests) {
        Map<String, List<WriteRequest>> pending = requests;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            backOff(attempt);
            Map<String, List<WriteRequest>> batch = pending;
            pending = client.batchWriteItem(request -> request.requestItems(batch)).unprocessedItems();
        }
    }

    private static void backOff(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed items", e);
        }
    }

}
