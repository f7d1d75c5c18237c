package io.offerline.dynamodb;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * One stream batch to the stats: applied by the aggregator, or, when that fails after its own
 * retries, its unapplied records sent to the failure queue so that the shard moves on and the
 * records wait there for {@code offerline-admin replay-failed-stats}. Only when the checkpoint
 * cannot be read or the queue cannot be written does the failure reach Lambda, which retries
 * the batch (the checkpoint skips what was applied).
 */
public final class StatsBatches {

    private static final Logger LOG = System.getLogger(StatsBatches.class.getName());

    private final DynamoStatsAggregator aggregator;
    private final StatsFailureQueue failures;

    public StatsBatches(DynamoStatsAggregator aggregator, StatsFailureQueue failures) {
        this.aggregator = aggregator;
        this.failures = failures;
    }

    /** How many records of the batch the stats counted now (0 when it went to the failure queue). */
    public int apply(String shardId, List<StreamChange> changes) {
        try {
            return aggregator.apply(shardId, changes);
        } catch (ShardContentionException contention) {
            throw contention;
        } catch (RuntimeException failure) {
            sendUnapplied(shardId, changes, failure);
            return 0;
        }
    }

    private void sendUnapplied(String shardId, List<StreamChange> changes, RuntimeException failure) {
        List<StreamChange> unapplied = aggregator.unapplied(shardId, changes);
        if (unapplied.isEmpty()) {
            return;
        }
        failures.send(new FailedStatsBatch(shardId, String.valueOf(failure), unapplied));
        LOG.log(Level.ERROR, "Stats batch of shard " + shardId + " failed; " + unapplied.size()
                + " records sent to the failure queue, for replay-failed-stats", failure);
        skipSent(shardId, unapplied);
    }

    // Best effort: while the stats table still fails this fails too, and the next batch moves the checkpoint anyway.
    private void skipSent(String shardId, List<StreamChange> sent) {
        try {
            aggregator.skipSent(shardId, sent);
        } catch (RuntimeException stillFailing) {
            LOG.log(Level.WARNING, "the checkpoint of shard " + shardId + " stays before the records sent to the failure queue: "
                    + stillFailing);
        }
    }
}
