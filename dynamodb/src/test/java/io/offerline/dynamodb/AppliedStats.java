package io.offerline.dynamodb;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.ConversionTime;
import io.offerline.core.stats.Counters;
import io.offerline.testkit.StreamPoller;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The stats of a test's tables as reports read them: the events table's real stream applied to
 * the cells by a {@link StreamPoller}, as Lambda does on AWS, then the cells summed. One per test
 * or tracking world, closed with it.
 */
public final class AppliedStats implements AutoCloseable {

    private final DynamoDbStreamsClient streams;
    private final StreamPoller poller;
    private final DynamoStatsCells cells;

    public AppliedStats(TestDynamo dynamo) {
        streams = DynamoClients.streamsForEndpoint(dynamo.endpoint());
        poller = new StreamPoller(dynamo.client(), streams, dynamo.tables().events(),
                new DynamoStatsAggregator(dynamo.client(), dynamo.tables())::applyRecords);
        cells = new DynamoStatsCells(dynamo.client(), dynamo.tables());
    }

    /** Applies to the cells what is new on the events stream. */
    public void apply() {
        poller.poll();
    }

    /**
     * Applies what is new on the stream, then sums one offer's cells of a workspace, from the
     * bucket holding {@code from} to the one holding {@code to}, conversions counted when their
     * postback arrived.
     */
    public Counters offer(String workspaceId, String offerId, Instant from, Instant to) {
        apply();
        return cells.cells(workspaceId, CellKey.bucketOf(from), CellKey.bucketOf(to).plus(CellKey.BUCKET)).stream()
                .filter(cell -> offerId.equals(cell.key().dimensions().offerId()))
                .map(cell -> cell.totals().counters(ConversionTime.POSTBACK))
                .reduce(Counters.ZERO, Counters::plus);
    }

    @Override
    public void close() {
        streams.close();
    }
}
