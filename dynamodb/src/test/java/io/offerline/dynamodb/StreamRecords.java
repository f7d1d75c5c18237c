package io.offerline.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The records of a test's events stream so far, from its first shard's start: what Lambda would deliver. */
final class StreamRecords {

    private StreamRecords() {
    }

    static List<Record> of(TestDynamo dynamo) {
        try (DynamoDbStreamsClient streams = DynamoClients.streamsForEndpoint(dynamo.endpoint())) {
            String arn = dynamo.client().describeTable(request -> request.tableName(dynamo.tables().events())).table().latestStreamArn();
            String shardId = streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards().get(0).shardId();
            String iterator = streams.getShardIterator(request -> request.streamArn(arn).shardId(shardId)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            List<Record> records = new ArrayList<>();
            while (iterator != null) {
                String current = iterator;
                var page = streams.getRecords(request -> request.shardIterator(current));
                if (page.records().isEmpty()) {
                    break;
                }
                records.addAll(page.records());
                iterator = page.nextShardIterator();
            }
            return records;
        }
    }
}
