package io.offerline.dynamodb;

import java.util.List;
import java.util.Optional;

/**
 * One table as the whole project sees it: the tests and the local stack create it from this,
 * and the CDK stack deploys it from this, so they cannot drift. All key attributes are strings.
 *
 * @param name logical name; the physical name adds a deployment prefix
 * @param ttlAttribute attribute holding the expiry in epoch seconds, or null
 * @param stream whether the table publishes new and old images to a stream
 */
public record TableDefinition(
        String name,
        String partitionKey,
        String sortKey,
        List<GlobalIndex> globalIndexes,
        String ttlAttribute,
        boolean stream) {

    /** A global secondary index projecting all attributes. */
    public record GlobalIndex(String name, String partitionKey, String sortKey) {
    }

    public TableDefinition {
        globalIndexes = List.copyOf(globalIndexes);
    }

    public Optional<String> ttl() {
        return Optional.ofNullable(ttlAttribute);
    }
}
