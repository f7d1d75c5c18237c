package io.offerline.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stream records of one shard that the stats aggregator could not apply, as a message of the
 * failure queue: the shard, why it failed, and each record whole (its keys, sequence number and
 * images, in the stream event's JSON shape), since a replay needs the images as they were, not
 * the items as they are now. The records are those past the shard's checkpoint when the batch
 * failed, so none of them was applied; a replay applies them under a checkpoint of their own,
 * {@link #replayCheckpoint}, so it adds each once however often it runs.
 */
public record FailedStatsBatch(String shardId, String reason, List<StreamChange> records) {

    /** A message of this many bytes at most: SQS takes up to 256 KiB, and its attributes count too. */
    static final int MAX_MESSAGE_BYTES = 200_000;
    private static final String SHARD = "shardId";
    private static final String REASON = "reason";
    private static final String RECORDS = "statsRecords";

    public FailedStatsBatch {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a failed stats batch holds at least one record");
        }
        records = records.stream().sorted(Comparator.comparing(StreamChange::sequence)).toList();
    }

    /** The key of the replay's own checkpoint: the shard and the first record's sequence number. */
    public String replayCheckpoint() {
        return shardId + "/replay/" + records.get(0).sequenceNumber();
    }

    public String toJson() {
        return EnhancedDocument.fromAttributeValueMap(Map.of(
                SHARD, AttributeValue.fromS(shardId),
                REASON, AttributeValue.fromS(reason),
                RECORDS, AttributeValue.fromL(records.stream().map(StreamRecordJson::record).toList()))).toJson();
    }

    /**
     * The batch a message holds; empty for another message, such as the shard and sequence range
     * that Lambda's own on-failure destination sends when an invocation fails every retry.
     */
    public static Optional<FailedStatsBatch> fromJson(String json) {
        Map<String, AttributeValue> message;
        try {
            message = EnhancedDocument.fromJson(json).toMap();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        if (!message.containsKey(RECORDS) || !message.containsKey(SHARD)) {
            return Optional.empty();
        }
        return Optional.of(new FailedStatsBatch(message.get(SHARD).s(), message.get(REASON).s(),
                message.get(RECORDS).l().stream().map(StreamRecordJson::change).toList()));
    }

    /** This batch in runs of consecutive records whose messages fit {@code maxBytes}; most batches fit one. */
    public List<FailedStatsBatch> split(int maxBytes) {
        int envelope = utf8Bytes(new FailedStatsBatch(shardId, reason, records.subList(0, 1)).toJson()) - recordBytes(records.get(0));
        List<FailedStatsBatch> parts = new ArrayList<>();
        List<StreamChange> run = new ArrayList<>();
        int runBytes = envelope;
        for (StreamChange record : records) {
            int size = recordBytes(record) + 1; // and its comma
            if (!run.isEmpty() && runBytes + size > maxBytes) {
                parts.add(new FailedStatsBatch(shardId, reason, run));
                run = new ArrayList<>();
                runBytes = envelope;
            }
            run.add(record);
            runBytes += size;
        }
        parts.add(new FailedStatsBatch(shardId, reason, run));
        return parts;
    }

    private static int recordBytes(StreamChange record) {
        return utf8Bytes(EnhancedDocument.fromAttributeValueMap(StreamRecordJson.record(record).m()).toJson());
    }

    private static int utf8Bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }
}
