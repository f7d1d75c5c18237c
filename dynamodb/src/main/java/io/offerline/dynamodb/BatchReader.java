package io.offerline.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;

/** Reads many items by key in BatchGetItem calls of at most 100 keys; missing keys are skipped. */
public final class BatchReader {

    private static final int MAX_KEYS_PER_CALL = 100;

    private final DynamoDbEnhancedClient client;

    public BatchReader(DynamoDbEnhancedClient client) {
        this.client = client;
    }

    public List<EnhancedDocument> read(DynamoDbTable<EnhancedDocument> table, List<Key> keys) {
        List<Key> distinct = keys.stream().distinct().toList();
        List<EnhancedDocument> found = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += MAX_KEYS_PER_CALL) {
            ReadBatch.Builder<EnhancedDocument> batch = ReadBatch.builder(EnhancedDocument.class).mappedTableResource(table);
            distinct.subList(start, Math.min(distinct.size(), start + MAX_KEYS_PER_CALL)).forEach(batch::addGetItem);
            // The result pages re-request unprocessed keys until none are left.
            client.batchGetItem(request -> request.readBatches(batch.build())).resultsForTable(table).forEach(found::add);
        }
        return found;
    }
}
