package io.offerline.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Replays the failure queue into the stats: each {@link FailedStatsBatch} is applied once
 * ({@link DynamoStatsAggregator#replay}) and then deleted from the queue. A message that holds
 * no records (Lambda's own shard and sequence range of an invocation that failed every retry)
 * cannot be replayed exactly and is left in the queue, and reported; so is one whose records
 * fail to apply, for the next run.
 */
public final class StatsReplay {

    private final StatsFailureQueue queue;
    private final DynamoStatsAggregator aggregator;

    public StatsReplay(StatsFailureQueue queue, DynamoStatsAggregator aggregator) {
        this.queue = queue;
        this.aggregator = aggregator;
    }

    /**
     * What one message came to: applied (and deleted), or left in the queue, with why.
     *
     * @param leftInQueue null when applied; else the message's body
     * @param failure null unless applying it failed (it is left in the queue for the next run)
     */
    public record Replayed(String shardId, int records, int appliedNow, String leftInQueue, String failure) {

        static Replayed left(String body, String failure) {
            return new Replayed(null, 0, 0, body, failure);
        }
    }

    /** Reads the queue until it answers no message; each message once per run (it stays hidden while the run lasts). */
    public List<Replayed> replayAll() {
        List<Replayed> replayed = new ArrayList<>();
        for (List<Message> messages = queue.receive(); !messages.isEmpty(); messages = queue.receive()) {
            messages.forEach(message -> replayed.add(replay(message)));
        }
        return replayed;
    }

    private Replayed replay(Message message) {
        Optional<FailedStatsBatch> batch = FailedStatsBatch.fromJson(message.body());
        if (batch.isEmpty()) {
            return Replayed.left(message.body(), null);
        }
        int appliedNow;
        try {
            appliedNow = aggregator.replay(batch.get());
        } catch (RuntimeException failure) {
            // One message that cannot be applied (a record the stats cannot read) does not stop the others.
            return Replayed.left(message.body(), failure.toString());
        }
        queue.delete(message);
        return new Replayed(batch.get().shardId(), batch.get().records().size(), appliedNow, null, null);
    }
}
