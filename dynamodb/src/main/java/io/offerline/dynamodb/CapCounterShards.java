package io.offerline.dynamodb;

import io.offerline.core.cap.CapCounters;
import io.offerline.core.common.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A counter spread over {@link #SHARDS} items, each a partition of its own, for a cap that a hot
 * offer hits thousands of times a second: one DynamoDB partition takes about 1,000 writes a
 * second, so one item could not take the 10,000 redirects a second of a capped offer; 16 take
 * 16,000.
 *
 * <p>The limit is split into fixed quotas, one per shard, that add up to it exactly; each shard
 * counts with a conditional ADD below its quota. An increment starts at a random shard and goes
 * on to the next while the shard is full, so the total never passes the limit, and a visitor is
 * refused only after every shard was seen full: the cap stays exact. A warm function remembers
 * the shards it saw full (they never empty within a window), so a reached cap costs it no write.
 * Shard 0 is the base counter item, {@link Keys#capCounter}.
 */
public final class CapCounterShards {

    /** Fixed: the quotas follow from it, so changing it would move the limit's split of the open windows. */
    public static final int SHARDS = 16;

    private static final String COUNT = "count";
    private static final int MAX_REMEMBERED = 10_000;

    /** A counter under one limit: a changed limit changes the quotas, so what was full is forgotten. */
    private record Limited(CapCounters.CapKey key, long limit) {
    }

    private final DynamoDbClient client;
    private final TableNames names;
    private final Map<Limited, Set<Integer>> seenFull = new ConcurrentHashMap<>();

    CapCounterShards(DynamoDbClient client, TableNames names) {
        this.client = client;
        this.names = names;
    }

    /** What shard {@code shard} may count of {@code limit}: an even split, the remainder on the first shards. */
    static long quota(long limit, int shard) {
        return limit / SHARDS + (shard < limit % SHARDS ? 1 : 0);
    }

    /** The items of a counter, shard 0 first. */
    public static List<Key> itemKeys(CapCounters.CapKey key) {
        return IntStream.range(0, SHARDS).mapToObj(shard -> Keys.capCounterShard(key.offerId(), key.window(), shard)).toList();
    }

    boolean tryIncrement(CapCounters.CapKey key, long limit) {
        Limited counter = new Limited(key, limit);
        List<Integer> open = openShards(counter);
        int start = open.isEmpty() ? 0 : RandomSource.process().generator().nextInt(open.size());
        for (int tried = 0; tried < open.size(); tried++) {
            int shard = open.get((start + tried) % open.size());
            long quota = quota(limit, shard);
            Optional<Long> counted = addOneBelow(Keys.capCounterShard(key.offerId(), key.window(), shard), quota);
            if (counted.isEmpty() || counted.get() >= quota) {
                rememberFull(counter, shard);
            }
            if (counted.isPresent()) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> openShards(Limited counter) {
        Set<Integer> full = seenFull.getOrDefault(counter, Set.of());
        List<Integer> open = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            if (quota(counter.limit(), shard) > 0 && !full.contains(shard)) {
                open.add(shard);
            }
        }
        return open;
    }

    private void rememberFull(Limited counter, int shard) {
        if (seenFull.size() >= MAX_REMEMBERED) {
            seenFull.clear(); // forgetting only costs a failed write per shard
        }
        seenFull.computeIfAbsent(counter, unused -> ConcurrentHashMap.newKeySet()).add(shard);
    }

    /**
     * The one increment of a counter item: add one unless it has reached {@code bound} (a
     * conditional ADD, so N racing increments against a bound of K succeed exactly K times). A
     * shard's write sends it alone; a conversion cap puts it in its conversion's transaction.
     */
    static Update addOneBelow(TableNames names, Key itemKey, long bound) {
        return Update.builder()
                .tableName(names.config())
                .key(Map.of(OfferlineTables.PARTITION_KEY, itemKey.partitionKeyValue(),
                        OfferlineTables.SORT_KEY, itemKey.sortKeyValue().orElseThrow()))
                .updateExpression("ADD #count :one")
                .conditionExpression("attribute_not_exists(#count) OR #count < :bound")
                .expressionAttributeNames(Map.of("#count", COUNT))
                .expressionAttributeValues(Map.of(
                        ":one", AttributeValue.fromN("1"),
                        ":bound", AttributeValue.fromN(Long.toString(bound))))
                .build();
    }

    /** The shard's count after adding one, or empty when it had already reached {@code quota}. */
    private Optional<Long> addOneBelow(Key itemKey, long quota) {
        try {
            Update increment = addOneBelow(names, itemKey, quota);
            Map<String, AttributeValue> after = client.updateItem(request -> request
                    .tableName(increment.tableName())
                    .key(increment.key())
                    .updateExpression(increment.updateExpression())
                    .conditionExpression(increment.conditionExpression())
                    .expressionAttributeNames(increment.expressionAttributeNames())
                    .expressionAttributeValues(increment.expressionAttributeValues())
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
            return Optional.of(Long.parseLong(after.get(COUNT).n()));
        } catch (ConditionalCheckFailedException full) {
            return Optional.empty();
        }
    }
}
