package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.offer.Offer;
import io.offerline.core.stats.Cell;
import io.offerline.testkit.StorageFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The aggregator when its transactions meet conflicts: the stats stay exact, and a batch fails only past the bound. */
@ExtendWith(DynamoDbExtension.class)
class DynamoStatsAggregatorFaultsIT {

    private static final Instant DAY_START = Instant.parse("2026-11-25T00:00:00Z");
    private static final Offer OFFER = Fixtures.offer("acc-1", "ws-faults");

    private final StorageFaults faults = new StorageFaults();

    @Test
    void apply_transactionConflictWithAnotherShardsBatch_isRetriedWithinTheBatch_andCountsEachVisitOnce(TestDynamo dynamo) {
        List<Record> records = visits(dynamo, 3);
        faults.on("TransactWriteItems").transactionConflict(3);

        int applied;
        try (DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            applied = new DynamoStatsAggregator(client, dynamo.tables()).applyRecords("shard-1", records);
        }

        assertThat(applied).isEqualTo(3);
        assertThat(faults.attempts("TransactWriteItems")).isEqualTo(4);
        assertThat(countedVisits(dynamo)).isEqualTo(3);
    }

    @Test
    void apply_conflictOnEveryAttempt_failsAfterTheBoundedAttempts_andCountsNothing(TestDynamo dynamo) {
        List<Record> records = visits(dynamo, 2);
        faults.on("TransactWriteItems").transactionConflict(-1);

        try (DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            DynamoStatsAggregator aggregator = new DynamoStatsAggregator(client, dynamo.tables());
            assertThatThrownBy(() -> aggregator.applyRecords("shard-1", records)).isInstanceOf(TransactionCanceledException.class);
            assertThat(aggregator.checkpoint("shard-1")).isEmpty();
        }

        assertThat(faults.attempts("TransactWriteItems")).isEqualTo(ConflictBackoff.MAX_ATTEMPTS);
        assertThat(countedVisits(dynamo)).isZero();
    }

    private static List<Record> visits(TestDynamo dynamo, int count) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        for (int index = 0; index < count; index++) {
            visits.record(Fixtures.visit(OFFER, DAY_START.plusSeconds(600L * index), Duration.ofDays(30)));
        }
        return StreamRecords.of(dynamo);
    }

    private static long countedVisits(TestDynamo dynamo) {
        return new DynamoStatsCells(dynamo.client(), dynamo.tables()).cells(OFFER.workspaceId(), DAY_START, DAY_START.plus(Duration.ofDays(1)))
                .stream().map(Cell::totals).mapToLong(totals -> totals.visits()).sum();
    }
}
