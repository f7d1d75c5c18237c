package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.offer.Offer;
import io.offerline.core.stats.Cell;
import io.offerline.core.tracking.Visit;
import io.offerline.testkit.StorageFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A batch the aggregator cannot apply goes to the failure queue with its unapplied records, the
 * shard moves on, and the replay applies exactly those records, once, although later batches
 * moved the shard's checkpoint past them.
 */
@ExtendWith(DynamoDbExtension.class)
class StatsReplayIT {

    private static final Instant DAY_START = Instant.parse("2026-11-25T00:00:00Z");
    private static final Offer OFFER = Fixtures.offer("acc-1", "ws-replay");
    private static final String SHARD = "shard-1";

    private final StorageFaults faults = new StorageFaults();

    @Test
    void apply_statsTableThrottledThroughEveryRetry_sendsTheBatchToTheQueue_andReplayCountsItOnceAfterLaterBatches(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint());
                DynamoDbClient faulty = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            StatsFailureQueue queue = new StatsFailureQueue(sqs, createQueue(sqs));
            List<Record> failed = visits(dynamo, 0, 3);
            faults.on("TransactWriteItems").throttle(-1);

            int appliedWhileThrottled = new StatsBatches(new DynamoStatsAggregator(faulty, dynamo.tables()), queue)
                    .apply(SHARD, changes(failed));
            faults.clear();
            List<Record> later = visits(dynamo, 3, 2).subList(3, 5);
            DynamoStatsAggregator aggregator = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());
            new StatsBatches(aggregator, queue).apply(SHARD, changes(later));

            assertThat(appliedWhileThrottled).isZero();
            assertThat(countedVisits(dynamo)).as("the shard moved on without the failed batch").isEqualTo(2);
            List<StatsReplay.Replayed> replayed = new StatsReplay(queue, aggregator).replayAll();
            assertThat(replayed).singleElement().satisfies(message -> {
                assertThat(message.records()).isEqualTo(3);
                assertThat(message.appliedNow()).isEqualTo(3);
            });
            assertThat(countedVisits(dynamo)).isEqualTo(5);
            assertThat(new StatsReplay(queue, aggregator).replayAll()).as("replayed messages are deleted").isEmpty();
        }
    }

    @Test
    void apply_retryOfABatchAlreadySentToTheQueue_appliesNothing_soTheReplayCountsItOnce(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint());
                DynamoDbClient faulty = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            StatsFailureQueue queue = new StatsFailureQueue(sqs, createQueue(sqs));
            List<StreamChange> batch = changes(visits(dynamo, 0, 3));
            // The SDK makes three attempts: the batch's transaction fails, the stats table answers again after.
            faults.on("TransactWriteItems").throttle(3);
            StatsBatches batches = new StatsBatches(new DynamoStatsAggregator(faulty, dynamo.tables()), queue);

            int sent = batches.apply(SHARD, batch);
            int retried = batches.apply(SHARD, batch);
            new StatsReplay(queue, new DynamoStatsAggregator(dynamo.client(), dynamo.tables())).replayAll();

            assertThat(List.of(sent, retried)).containsExactly(0, 0);
            assertThat(countedVisits(dynamo)).isEqualTo(3);
        }
    }

    @Test
    void replay_sameMessageDeliveredTwice_appliesItsRecordsOnce(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint())) {
            StatsFailureQueue queue = new StatsFailureQueue(sqs, createQueue(sqs));
            FailedStatsBatch batch = new FailedStatsBatch(SHARD, "a test", changes(visits(dynamo, 0, 4)));
            queue.send(batch);
            queue.send(batch);
            DynamoStatsAggregator aggregator = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());

            List<StatsReplay.Replayed> replayed = new StatsReplay(queue, aggregator).replayAll();

            assertThat(replayed).extracting(StatsReplay.Replayed::appliedNow).containsExactlyInAnyOrder(4, 0);
            assertThat(countedVisits(dynamo)).isEqualTo(4);
        }
    }

    @Test
    void apply_failureAfterTheFirstTransactionOfABatch_sendsOnlyTheRecordsPastTheCheckpoint(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint());
                DynamoDbClient faulty = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            String queueUrl = createQueue(sqs);
            StatsFailureQueue queue = new StatsFailureQueue(sqs, queueUrl);
            // One visit per quarter hour: 150 quarter-hour cells and their roll-ups, more than one transaction holds.
            List<Record> records = visits(dynamo, 0, 150);
            AtomicInteger transactions = new AtomicInteger();
            faults.on("TransactWriteItems", request -> transactions.incrementAndGet() > 1).throttle(-1);

            new StatsBatches(new DynamoStatsAggregator(faulty, dynamo.tables()), queue).apply(SHARD, changes(records));
            faults.clear();

            // The first transaction's visits are counted; exactly the others are sent, whatever the layout's cut.
            int applied = (int) countedVisits(dynamo);
            assertThat(applied).isBetween(1, 149);
            List<Message> sent = sqs.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
            assertThat(sent).singleElement().satisfies(message -> assertThat(FailedStatsBatch.fromJson(message.body()).orElseThrow().records())
                    .extracting(StreamChange::sequenceNumber)
                    .containsExactlyElementsOf(records.subList(applied, 150).stream().map(record -> record.dynamodb().sequenceNumber()).toList()));
        }
    }

    @Test
    void replay_lambdasOwnBatchDescription_isLeftInTheQueueAndReported(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint())) {
            String queueUrl = createQueue(sqs);
            String lambdaRecord = "{\"requestContext\":{\"condition\":\"RetryAttemptsExhausted\"},\"DDBStreamBatchInfo\":"
                    + "{\"shardId\":\"shardId-1\",\"startSequenceNumber\":\"100\",\"endSequenceNumber\":\"200\",\"batchSize\":3}}";
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(lambdaRecord));

            List<StatsReplay.Replayed> replayed = new StatsReplay(new StatsFailureQueue(sqs, queueUrl),
                    new DynamoStatsAggregator(dynamo.client(), dynamo.tables())).replayAll();

            assertThat(replayed).singleElement().extracting(StatsReplay.Replayed::leftInQueue).isEqualTo(lambdaRecord);
            assertThat(sqs.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNamesWithStrings("ApproximateNumberOfMessagesNotVisible"))
                    .attributesAsStrings()).containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
        }
    }

    @Test
    void replay_aMessageWhoseRecordCannotBeRead_isLeftWithItsFailure_andTheOthersAreApplied(TestDynamo dynamo) {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint())) {
            StatsFailureQueue queue = new StatsFailureQueue(sqs, createQueue(sqs));
            StreamChange unreadable = new StreamChange("5", "INSERT", null, Map.of("type", AttributeValue.fromS("CONVERSION"),
                    "clickId", AttributeValue.fromS("AAAAAAAAAAAAAAAAAAAAAA")));
            queue.send(new FailedStatsBatch("shard-0", "a test", List.of(unreadable)));
            queue.send(new FailedStatsBatch(SHARD, "a test", changes(visits(dynamo, 0, 2))));

            List<StatsReplay.Replayed> replayed = new StatsReplay(queue, new DynamoStatsAggregator(dynamo.client(), dynamo.tables()))
                    .replayAll();

            assertThat(replayed).filteredOn(message -> message.failure() != null).singleElement()
                    .satisfies(message -> assertThat(message.leftInQueue()).contains("CONVERSION"));
            assertThat(countedVisits(dynamo)).isEqualTo(2);
        }
    }

    @Test
    void split_largeBatch_makesMessagesUnderTheLimitThatTogetherHoldEveryRecordInOrder(TestDynamo dynamo) {
        FailedStatsBatch batch = new FailedStatsBatch(SHARD, "a test", changes(visits(dynamo, 0, 40)));

        List<FailedStatsBatch> parts = batch.split(10_000);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> assertThat(part.toJson().length()).isLessThanOrEqualTo(10_000));
        assertThat(parts.stream().flatMap(part -> part.records().stream()).toList()).isEqualTo(batch.records());
        assertThat(FailedStatsBatch.fromJson(parts.get(1).toJson())).contains(parts.get(1));
    }

    /** Records {@code count} visits, one per quarter hour from the {@code first}th, and returns the whole stream so far. */
    private static List<Record> visits(TestDynamo dynamo, int first, int count) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        for (int index = first; index < first + count; index++) {
            Visit visit = Fixtures.visit(OFFER, DAY_START.plus(Duration.ofMinutes(15L * index)), Duration.ofDays(30));
            visits.record(visit);
        }
        return StreamRecords.of(dynamo);
    }

    private static List<StreamChange> changes(List<Record> records) {
        return records.stream().map(StreamChange::of).toList();
    }

    private static String createQueue(SqsClient sqs) {
        return sqs.createQueue(request -> request.queueName("failed-stats-" + UUID.randomUUID())).queueUrl();
    }

    private static long countedVisits(TestDynamo dynamo) {
        return new DynamoStatsCells(dynamo.client(), dynamo.tables()).cells(OFFER.workspaceId(), DAY_START, DAY_START.plus(Duration.ofDays(3)))
                .stream().map(Cell::totals).mapToLong(totals -> totals.visits()).sum();
    }
}
