package io.offerline.dynamodb;

import java.util.Map;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One DynamoDB call before a SnapStart snapshot, so that the snapshot holds the SDK's request
 * path loaded and warmed (marshalling, signing, the HTTP client) instead of every restored
 * instance paying for it on its first visitor. It reads a key that never exists. A function that
 * may not read the config table (the scripts, the aggregator) gets AccessDenied, which warms the
 * same path; any failure is logged and the snapshot goes on.
 */
public final class StoragePriming {

    private static final Logger LOG = Logger.getLogger(StoragePriming.class.getName());

    private StoragePriming() {
    }

    public static void prime(DynamoDbClient client, TableNames names) {
        Map<String, AttributeValue> key = Map.of(
                OfferlineTables.PARTITION_KEY, Keys.primingSentinel().partitionKeyValue(),
                OfferlineTables.SORT_KEY, Keys.primingSentinel().sortKeyValue().orElseThrow());
        try {
            client.getItem(request -> request.tableName(names.config()).key(key));
        } catch (SdkException refused) {
            LOG.info("Priming read answered " + refused.getClass().getSimpleName() + "; the request path is loaded all the same.");
        }
    }
}
