package io.offerline.dynamodb;

import io.offerline.core.cap.CapCounters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Cap counters in the config table. An increment is a conditional {@code ADD} ({@code count <
 * limit}), so N concurrent increments against a limit of K succeed exactly K times; it goes
 * through the low-level client, since the enhanced client cannot express {@code ADD}. A click
 * cap's counter ({@link #tryIncrementSpread}) is {@link CapCounterShards}: the base item and 15
 * more partitions, summed by {@link #counts}; a conversion cap counts on the base item, in its
 * conversion's transaction ({@link #incrementWithinLimit}).
 */
public final class DynamoCapCounters implements CapCounters {

    private static final String COUNT = "count";

    private final TableNames names;
    private final DocumentTables tables;
    private final BatchReader batchReader;
    private final CapCounterShards shards;

    public DynamoCapCounters(DynamoDbClient client, TableNames names, DocumentTables tables, BatchReader batchReader) {
        this.names = names;
        this.tables = tables;
        this.batchReader = batchReader;
        this.shards = new CapCounterShards(client, names);
    }

    @Override
    public boolean tryIncrementSpread(CapCounters.CapKey key, long limit) {
        return shards.tryIncrement(key, limit);
    }

    /** Sums every shard of each counter: the base item alone for a counter that was never spread. */
    @Override
    public Map<CapCounters.CapKey, Long> counts(Collection<CapCounters.CapKey> keys) {
        Map<String, CapCounters.CapKey> byPartitionAndSort = new HashMap<>();
        List<Key> itemKeys = new ArrayList<>();
        for (CapCounters.CapKey key : keys) {
            for (Key itemKey : CapCounterShards.itemKeys(key)) {
                byPartitionAndSort.put(itemKey.partitionKeyValue().s() + "|" + itemKey.sortKeyValue().orElseThrow().s(), key);
                itemKeys.add(itemKey);
            }
        }
        Map<CapCounters.CapKey, Long> counts = new HashMap<>();
        for (EnhancedDocument item : batchReader.read(tables.config(), itemKeys)) {
            CapCounters.CapKey key = byPartitionAndSort.get(item.getString(OfferlineTables.PARTITION_KEY) + "|"
                    + item.getString(OfferlineTables.SORT_KEY));
            counts.merge(key, item.getNumber(COUNT).longValue(), Long::sum);
        }
        return counts;
    }

    /**
     * The conditional increment of a counter's base item (shard 0) as part of a transaction, for
     * a count that must happen together with another write: a conversion and its conversion cap.
     */
    static Update incrementWithinLimit(TableNames names, CapCounters.CapKey key, long limit) {
        return CapCounterShards.addOneBelow(names, Keys.capCounter(key.offerId(), key.window()), limit);
    }
}
