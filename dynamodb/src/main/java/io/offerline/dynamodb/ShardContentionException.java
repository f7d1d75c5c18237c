package io.offerline.dynamodb;

/**
 * The checkpoint of a shard kept moving under the stats aggregator: another aggregator is
 * applying the same shard. Its records are that one's to apply, so they must not go to the
 * failure queue as well.
 */
public final class ShardContentionException extends IllegalStateException {

    ShardContentionException(String shardId) {
        super("The checkpoint of shard " + shardId + " kept moving under the stats aggregator: another aggregator is applying the same shard.");
    }
}
