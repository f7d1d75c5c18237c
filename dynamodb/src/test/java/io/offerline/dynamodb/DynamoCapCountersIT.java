package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.cap.CapCounters;
import io.offerline.testkit.StorageFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class DynamoCapCountersIT {

    private static final int RACERS = 32;
    private static final int LIMIT = 7;
    /** Racers of four functions, three for each unit of a limit that leaves a remainder over the shards. */
    private static final int SPREAD_RACERS = 150;
    private static final int SPREAD_LIMIT = 50;

    @Test
    void tryIncrement_admitsExactlyTheLimit_whenManyRaceForIt(TestDynamo dynamo) throws Exception {
        DynamoCapCounters counters = counters(dynamo);
        CapCounters.CapKey key = new CapCounters.CapKey("offer-1", "2026-11-25");
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            racers.add(() -> counters.tryIncrementSpread(key, LIMIT));
        }

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        long admitted;
        try {
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(racers)) {
                results.add(result.get());
            }
            admitted = results.stream().filter(Boolean::booleanValue).count();
        } finally {
            pool.shutdownNow();
        }

        assertThat(admitted).isEqualTo(LIMIT);
        assertThat(counters.counts(List.of(key))).isEqualTo(Map.of(key, (long) LIMIT));
    }

    @Test
    void counts_areKeptPerOfferAndWindow_andMissingCountersAreAbsent(TestDynamo dynamo) {
        DynamoCapCounters counters = counters(dynamo);
        CapCounters.CapKey today = new CapCounters.CapKey("offer-1", "2026-11-25");
        CapCounters.CapKey tomorrow = new CapCounters.CapKey("offer-1", "2026-11-26");
        CapCounters.CapKey total = new CapCounters.CapKey("offer-2", "TOTAL");

        counters.tryIncrementSpread(today, 5);
        counters.tryIncrementSpread(today, 5);
        counters.tryIncrementSpread(total, 5);

        assertThat(counters.counts(List.of(today, tomorrow, total))).isEqualTo(Map.of(today, 2L, total, 1L));
    }

    private static DynamoCapCounters counters(TestDynamo dynamo) {
        return new DynamoCapCounters(dynamo.client(), dynamo.tables(), dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    @Test
    void tryIncrementSpread_admitsExactlyTheLimit_whenRacersOfSeveralFunctionsRaceForIt(TestDynamo dynamo) throws Exception {
        List<DynamoCapCounters> functions = List.of(counters(dynamo), counters(dynamo), counters(dynamo), counters(dynamo));
        CapCounters.CapKey key = new CapCounters.CapKey("hot-offer", "2026-11-25");
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int racer = 0; racer < SPREAD_RACERS; racer++) {
            DynamoCapCounters function = functions.get(racer % functions.size());
            racers.add(() -> function.tryIncrementSpread(key, SPREAD_LIMIT));
        }

        long admitted = race(racers);

        assertThat(admitted).isEqualTo(SPREAD_LIMIT);
        assertThat(counters(dynamo).counts(List.of(key))).isEqualTo(Map.of(key, (long) SPREAD_LIMIT));
        for (int shard = 0; shard < CapCounterShards.SHARDS; shard++) {
            assertThat(shardCount(dynamo, key, shard)).as("shard " + shard).isEqualTo(CapCounterShards.quota(SPREAD_LIMIT, shard));
        }
    }

    @Test
    void tryIncrementSpread_admitsExactlyALimitBelowTheNumberOfShards(TestDynamo dynamo) throws Exception {
        CapCounters.CapKey key = new CapCounters.CapKey("small-cap", "2026-11-25");
        DynamoCapCounters counters = counters(dynamo);
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            racers.add(() -> counters.tryIncrementSpread(key, 3));
        }

        assertThat(race(racers)).isEqualTo(3);
        assertThat(counters.counts(List.of(key))).isEqualTo(Map.of(key, 3L));
    }

    @Test
    void tryIncrementSpread_writesEachShardOnItsOwnPartition_andSpreadsTheWritesEvenly(TestDynamo dynamo) {
        CapCounters.CapKey key = new CapCounters.CapKey("busy-offer", "2026-11-25");
        DynamoCapCounters counters = counters(dynamo);
        int increments = 800;

        for (int visit = 0; visit < increments; visit++) {
            assertThat(counters.tryIncrementSpread(key, 1_000_000)).isTrue();
        }

        List<String> partitions = CapCounterShards.itemKeys(key).stream().map(itemKey -> itemKey.partitionKeyValue().s()).toList();
        assertThat(partitions).doesNotHaveDuplicates().hasSize(CapCounterShards.SHARDS).contains("CAP#busy-offer");
        long fairShare = increments / CapCounterShards.SHARDS;
        for (int shard = 0; shard < CapCounterShards.SHARDS; shard++) {
            assertThat(shardCount(dynamo, key, shard)).as("shard " + shard).isBetween(1L, 2 * fairShare);
        }
    }

    @Test
    void tryIncrementSpread_onceTheCapIsReached_refusesWithoutAWrite(TestDynamo dynamo) {
        StorageFaults calls = new StorageFaults();
        DynamoCapCounters counters = countersOn(dynamo, calls);
        CapCounters.CapKey key = new CapCounters.CapKey("reached", "2026-11-25");
        while (counters.tryIncrementSpread(key, 40)) {
            // counts up to the limit
        }
        int writesToReachIt = calls.attempts("UpdateItem");

        for (int visit = 0; visit < 20; visit++) {
            assertThat(counters.tryIncrementSpread(key, 40)).isFalse();
        }

        assertThat(calls.attempts("UpdateItem")).isEqualTo(writesToReachIt);
        assertThat(writesToReachIt).isLessThanOrEqualTo(40 + CapCounterShards.SHARDS);
    }

    @Test
    void tryIncrementSpread_whoseResponsesAreLost_admitsFewerThanTheLimit_neverMore(TestDynamo dynamo) {
        StorageFaults faults = new StorageFaults();
        DynamoCapCounters counters = countersOn(dynamo, faults);
        CapCounters.CapKey key = new CapCounters.CapKey("lossy", "2026-11-25");
        int lost = 3;
        faults.on("UpdateItem").failAfterCommit(lost);

        long admitted = 0;
        for (int visit = 0; visit < 2 * SPREAD_LIMIT; visit++) {
            admitted += admits(counters, key) ? 1 : 0;
        }

        // Each lost response was an increment applied (and retried by the SDK) for no visitor admitted.
        assertThat(admitted).isBetween((long) SPREAD_LIMIT - lost, (long) SPREAD_LIMIT);
        assertThat(counters.counts(List.of(key))).isEqualTo(Map.of(key, (long) SPREAD_LIMIT));
    }

    @Test
    void counts_sumTheBaseItemAsShardZero_withTheOtherShards(TestDynamo dynamo) {
        DynamoCapCounters counters = counters(dynamo);
        CapCounters.CapKey key = new CapCounters.CapKey("mixed", "TOTAL");
        for (int visit = 0; visit < 32; visit++) {
            counters.tryIncrementSpread(key, 32);
        }

        assertThat(shardCount(dynamo, key, 0)).isEqualTo(2);
        assertThat(counters.tryIncrementSpread(key, 100)).isTrue();
        assertThat(counters.counts(List.of(key))).isEqualTo(Map.of(key, 33L));
    }

    /** Counters whose client goes through {@code faults}, which also counts its calls. */
    private static DynamoCapCounters countersOn(TestDynamo dynamo, StorageFaults faults) {
        DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint(), faults);
        return new DynamoCapCounters(client, dynamo.tables(), dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** As the redirect sees it: a failed increment does not admit. */
    private static boolean admits(DynamoCapCounters counters, CapCounters.CapKey key) {
        try {
            return counters.tryIncrementSpread(key, SPREAD_LIMIT);
        } catch (SdkException failed) {
            return false;
        }
    }

    private static long race(List<Callable<Boolean>> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            long admitted = 0;
            for (Future<Boolean> result : pool.invokeAll(racers)) {
                admitted += result.get() ? 1 : 0;
            }
            return admitted;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long shardCount(TestDynamo dynamo, CapCounters.CapKey key, int shard) {
        Key itemKey = Keys.capCounterShard(key.offerId(), key.window(), shard);
        Map<String, AttributeValue> item = dynamo.client().getItem(request -> request.tableName(dynamo.tables().config())
                .key(Map.of(OfferlineTables.PARTITION_KEY, itemKey.partitionKeyValue(),
                        OfferlineTables.SORT_KEY, itemKey.sortKeyValue().orElseThrow()))).item();
        return item.isEmpty() ? 0 : Long.parseLong(item.get("count").n());
    }
}
