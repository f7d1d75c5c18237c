package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.tracking.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ConcurrentConversionIT {

    private static final int SENDERS = 20;

    @Test
    void recordOnce_acceptsExactlyOne_whenTwentyIdenticalPostbacksRace(TestDynamo dynamo) throws Exception {
        DynamoConversionRepository conversions = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        Visit visit = Fixtures.visit(Fixtures.offer("acc", "ws"), Fixtures.NOW, Duration.ofDays(30));
        List<Callable<Boolean>> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(() -> conversions.recordOnce(Fixtures.conversion(visit, "tx-1", "4")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Boolean> accepted = new ArrayList<>();
        try {
            for (Future<Boolean> result : pool.invokeAll(senders)) {
                accepted.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted).hasSize(SENDERS).containsOnlyOnce(true);
    }
}
