package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.cap.CapCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoCapCountersIT {

    private static final int RACERS = 32;
    private static final int LIMIT = 7;

    @Test
    void tryIncrement_admitsExactlyTheLimit_whenManyRaceForIt(TestDynamo dynamo) throws Exception {
        DynamoCapCounters counters = counters(dynamo);
        CapCounters.CapKey key = new CapCounters.CapKey("offer-1", "2026-11-25");
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int racer = 0; racer < RACERS; racer++) {
            racers.add(() -> counters.tryIncrement(key, LIMIT));
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

        counters.tryIncrement(today, 5);
        counters.tryIncrement(today, 5);
        counters.tryIncrement(total, 5);

        assertThat(counters.counts(List.of(today, tomorrow, total))).isEqualTo(Map.of(today, 2L, total, 1L));
    }

    private static DynamoCapCounters counters(TestDynamo dynamo) {
        return new DynamoCapCounters(dynamo.client(), dynamo.tables(), dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }
}
