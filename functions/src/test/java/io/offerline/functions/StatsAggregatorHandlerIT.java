package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.CellSpan;
import io.offerline.core.stats.Grain;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoStatsAggregator;
import io.offerline.dynamodb.DynamoStatsCells;
import io.offerline.dynamodb.FailedStatsBatch;
import io.offerline.dynamodb.StorageGrants;
import io.offerline.dynamodb.StreamChange;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.StorageCalls;
import io.offerline.testkit.StorageFaults;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@ExtendWith(DynamoDbExtension.class)
class StatsAggregatorHandlerIT {

    /** Every call the aggregator makes, checked after each test against what the stack grants it. */
    private final StorageCalls storageCalls = StorageGrants.recorder();
    private TableNames tables;

    @AfterEach
    void aggregatorStaysInsideItsGrants() {
        StorageGrants.assertAllowed(storageCalls, tables);
    }

    @Test
    void execute_sameVisitEventTwice_countsTheVisitOnceInItsQuarterHour_andCheckpointsTheShard(TestDynamo dynamo) throws IOException {
        DynamodbTimeWindowEvent event = load("/events/dynamodb/visit-inserted.json");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties(dynamo)).singletons(storageCalls).start()) {
            StatsAggregatorHandler handler = new StatsAggregatorHandler(context);

            TimeWindowEventResponse first = handler.execute(event);
            TimeWindowEventResponse retried = handler.execute(event);

            List<Cell> cells = new DynamoStatsCells(dynamo.client(), dynamo.tables())
                    .cells(new CellQuery("ws-1", null, List.of(), List.of(new CellSpan(Grain.QUARTER, Instant.parse("2026-11-25T00:00:00Z"),
                            Instant.parse("2026-11-26T00:00:00Z")))));
            assertThat(cells).singleElement().satisfies(cell -> {
                assertThat(cell.key().bucket()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
                assertThat(cell.key().dimensions().country()).isEqualTo("NP");
                assertThat(cell.totals()).isEqualTo(CellDelta.traffic(1, 1, 0, new BigDecimal("0.05")));
            });
            assertThat(first.getState()).containsEntry("applied", "1");
            assertThat(retried.getState()).containsEntry("applied", "0");
            assertThat(context.getBean(DynamoStatsAggregator.class).checkpoint(event.getEventSourceArn() + "/" + event.getShardId()))
                    .contains("111100000000001234567890");
        }
    }

    @Test
    void execute_statsTableThrottledThroughEveryRetry_answersTheWindow_andSendsTheRecordsToTheFailureQueue(TestDynamo dynamo)
            throws IOException {
        DynamodbTimeWindowEvent event = load("/events/dynamodb/visit-inserted.json");
        StorageFaults faults = new StorageFaults();
        faults.on("TransactWriteItems").throttle(-1);
        Map<String, Object> properties = properties(dynamo);
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).singletons(faults, storageCalls).start()) {
            TimeWindowEventResponse response = new StatsAggregatorHandler(context).execute(event);

            List<Message> queued = context.getBean(SqsClient.class).receiveMessage(request -> request
                    .queueUrl((String) properties.get("offerline.stats.failures")).maxNumberOfMessages(10)).messages();
            assertThat(response.getState()).containsEntry("applied", "0");
            assertThat(queued).singleElement().satisfies(message -> assertThat(FailedStatsBatch.fromJson(message.body()).orElseThrow())
                    .satisfies(batch -> {
                        assertThat(batch.shardId()).isEqualTo(event.getEventSourceArn() + "/" + event.getShardId());
                        assertThat(batch.records()).extracting(StreamChange::sequenceNumber).containsExactly("111100000000001234567890");
                    }));
        }
    }

    private Map<String, Object> properties(TestDynamo dynamo) {
        tables = dynamo.tables();
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint())) {
            String queueUrl = sqs.createQueue(request -> request.queueName(dynamo.tables().events() + "failed-stats")).queueUrl();
            return Map.of(
                    "dynamodb.endpoint", dynamo.endpoint(),
                    "offerline.tables.config", dynamo.tables().config(),
                    "offerline.tables.events", dynamo.tables().events(),
                    "offerline.tables.stats", dynamo.tables().stats(),
                    "offerline.stats.failures", queueUrl);
        }
    }

    // The events library's classes name their properties in lower camel case, the event JSON does not.
    private static DynamodbTimeWindowEvent load(String resource) throws IOException {
        try (InputStream json = StatsAggregatorHandlerIT.class.getResourceAsStream(resource)) {
            return JsonMapper.builder()
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(json, DynamodbTimeWindowEvent.class);
        }
    }
}
