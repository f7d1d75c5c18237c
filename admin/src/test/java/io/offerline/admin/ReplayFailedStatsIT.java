package io.offerline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.stats.Cell;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoStatsCells;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code offerline-admin replay-failed-stats} on moto: the failure queue's records reach the stats once. */
@ExtendWith(DynamoDbExtension.class)
class ReplayFailedStatsIT {

    @Test
    void replayFailedStats_appliesTheQueuedRecordsOnce_andEmptiesTheQueue(TestDynamo dynamo) throws IOException {
        try (SqsClient sqs = DynamoClients.sqsForEndpoint(dynamo.endpoint())) {
            String queueUrl = sqs.createQueue(request -> request.queueName(prefix(dynamo) + "failed-stats")).queueUrl();
            String message = fixture("/failed-stats/two-visits.json");
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message));

            AdminRun first = replay(dynamo, queueUrl);
            AdminRun second = replay(dynamo, queueUrl);

            assertThat(first.status()).as(first.err()).isZero();
            assertThat(first.out()).contains("\t2\t2").contains("replayed 1 messages, 2 records applied now, 0 left in the queue");
            assertThat(second.out()).contains("replayed 0 messages, 0 records applied now");
            assertThat(new DynamoStatsCells(dynamo.client(), dynamo.tables())
                    .cells("ws-replay", Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z")))
                    .extracting(Cell::totals).extracting(totals -> totals.visits()).containsExactly(2L);
        }
    }

    @Test
    void replayFailedStats_onALocalEngineWithoutQueueUrl_isAUsageError(TestDynamo dynamo) {
        AdminRun run = AdminRun.inProcess(Map.of(), Clock.systemUTC(), "--endpoint", dynamo.endpoint(), "--table-prefix", prefix(dynamo),
                "replay-failed-stats");

        assertThat(run.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(run.err()).contains("needs --queue-url");
    }

    private static AdminRun replay(TestDynamo dynamo, String queueUrl) {
        return AdminRun.inProcess(Map.of(), Clock.systemUTC(), "--endpoint", dynamo.endpoint(), "--table-prefix", prefix(dynamo),
                "replay-failed-stats", "--queue-url", queueUrl);
    }

    private static String prefix(TestDynamo dynamo) {
        return dynamo.tables().config().substring(0, dynamo.tables().config().length() - "config".length());
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream json = ReplayFailedStatsIT.class.getResourceAsStream(resource)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
