package io.offerline.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a table's stream through the DynamoDB Streams API, every shard from
 * {@code TRIM_HORIZON}, and hands each page of records to a consumer (the stats aggregator):
 * what Lambda's event source mapping does on AWS, for the local stack and the tests. Not
 * thread-safe: one poller per thread.
 */
public final class StreamPoller {

    /** What is done with a page of a shard's records; answers how many were applied. */
    @FunctionalInterface
    public interface ShardConsumer {
        /** @param shard the stream ARN and the shard id, joined by {@code /} */
        int apply(String shard, List<Record> records);
    }

    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;
    private final String table;
    private final ShardConsumer consumer;
    /** The sequence number of the last record read from each shard. */
    private final Map<String, String> lastRead = new HashMap<>();
    private String streamArn;

    public StreamPoller(DynamoDbClient client, DynamoDbStreamsClient streams, String table, ShardConsumer consumer) {
        this.client = client;
        this.streams = streams;
        this.table = table;
        this.consumer = consumer;
    }

    /**
     * Reads what each shard has gained since the last call and applies it; returns how many
     * records were applied. Restarting from {@code TRIM_HORIZON} is harmless: the checkpoints skip
     * what was applied before.
     */
    public int poll() {
        if (streamArn == null) {
            streamArn = client.describeTable(request -> request.tableName(table)).table().latestStreamArn();
        }
        List<Shard> shards = streams.describeStream(request -> request.streamArn(streamArn)).streamDescription().shards();
        int applied = 0;
        for (Shard shard : shards) {
            applied += pollShard(shard.shardId());
        }
        return applied;
    }

    private int pollShard(String shardId) {
        int applied = 0;
        String iterator = iteratorAfterLastRead(shardId);
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page = streams.getRecords(request -> request.shardIterator(current));
            applied += consumer.apply(streamArn + "/" + shardId, page.records());
            if (page.records().isEmpty()) {
                break;
            }
            lastRead.put(shardId, page.records().get(page.records().size() - 1).dynamodb().sequenceNumber());
            iterator = page.nextShardIterator();
        }
        return applied;
    }

    /**
     * A fresh iterator each poll rather than the last page's next one: moto restores a table from
     * a copy when a transaction on it is cancelled, and an iterator it issued before keeps reading
     * the discarded copy's stream.
     */
    private String iteratorAfterLastRead(String shardId) {
        String last = lastRead.get(shardId);
        return streams.getShardIterator(request -> request.streamArn(streamArn).shardId(shardId)
                .shardIteratorType(last == null ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                .sequenceNumber(last)).shardIterator();
    }
}
