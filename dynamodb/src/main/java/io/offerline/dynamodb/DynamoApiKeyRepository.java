package io.offerline.dynamodb;

import io.offerline.core.account.ApiKey;
import io.offerline.core.account.ApiKeyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * API keys in the config table under their hash, the one read a request costs; an index lists
 * an account's keys. Revocation and {@code lastUsedAt} are conditional UpdateItems.
 */
public final class DynamoApiKeyRepository implements ApiKeyRepository {

    // Epoch milliseconds, so that the staleness condition compares numbers.
    private static final String LAST_USED = "lastUsedAtMillis";

    private final DocumentTables tables;
    private final DynamoDbClient client;
    private final TableNames names;

    public DynamoApiKeyRepository(DocumentTables tables, DynamoDbClient client, TableNames names) {
        this.tables = tables;
        this.client = client;
        this.names = names;
    }

    @Override
    public void create(ApiKey key) {
        EnhancedDocument.Builder item = Documents.withKey(Keys.apiKey(key.keyHash()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.apiKeysOf(key.accountId()))
                .putString(OfferlineTables.GSI1_SORT_KEY, Keys.createdOrder(key.createdAt(), key.id()))
                .putString("id", key.id())
                .putString("accountId", key.accountId())
                .putString("userId", key.userId())
                .putString("name", key.name())
                .putString("prefix", key.prefix())
                .putString("keyHash", key.keyHash())
                .putString("createdAt", key.createdAt().toString());
        Documents.putOptional(item, "keyExpiresAt", key.expiresAt() == null ? null : key.expiresAt().toString());
        try {
            tables.config().putItem(Documents.createOnce(item.build()));
        } catch (ConditionalCheckFailedException alreadyIssued) {
            // A key keeps the user it was first issued for.
        }
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return Optional.ofNullable(tables.config().getItem(Keys.apiKey(keyHash))).map(DynamoApiKeyRepository::apiKey);
    }

    @Override
    public List<ApiKey> listByAccount(String accountId) {
        QueryConditional byAccount = QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.apiKeysOf(accountId)).build());
        return tables.config().index(OfferlineTables.GSI1).query(request -> request.queryConditional(byAccount)).stream()
                .flatMap(page -> page.items().stream())
                .map(DynamoApiKeyRepository::apiKey)
                .toList();
    }

    @Override
    public void revoke(ApiKey key, Instant at) {
        update(key, "SET #revokedAt = :at", "attribute_exists(#pk) AND attribute_not_exists(#revokedAt)",
                Map.of("#revokedAt", "revokedAt", "#pk", OfferlineTables.PARTITION_KEY), Map.of(":at", AttributeValue.fromS(at.toString())));
    }

    @Override
    public void touch(ApiKey key, Instant now, Instant staleBefore) {
        update(key, "SET #lastUsed = :now", "attribute_exists(#pk) AND (attribute_not_exists(#lastUsed) OR #lastUsed <= :staleBefore)",
                Map.of("#lastUsed", LAST_USED, "#pk", OfferlineTables.PARTITION_KEY),
                Map.of(":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())),
                        ":staleBefore", AttributeValue.fromN(Long.toString(staleBefore.toEpochMilli()))));
    }

    private void update(ApiKey apiKey, String expression, String condition, Map<String, String> attributeNames,
            Map<String, AttributeValue> values) {
        Key key = Keys.apiKey(apiKey.keyHash());
        try {
            client.updateItem(request -> request
                    .tableName(names.config())
                    .key(Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(), OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow()))
                    .updateExpression(expression)
                    .conditionExpression(condition)
                    .expressionAttributeNames(attributeNames)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException alreadyDone) {
            // Revoked before, or used within the minute by another instance: nothing to write.
        }
    }

    private static ApiKey apiKey(EnhancedDocument item) {
        return new ApiKey(item.getString("id"), item.getString("accountId"), item.getString("userId"), item.getString("name"),
                item.getString("prefix"), item.getString("keyHash"), Documents.instant(item, "createdAt"),
                item.isPresent(LAST_USED) ? Instant.ofEpochMilli(item.getNumber(LAST_USED).longValue()) : null,
                optionalInstant(item, "keyExpiresAt"), optionalInstant(item, "revokedAt"));
    }

    private static Instant optionalInstant(EnhancedDocument item, String name) {
        return item.isPresent(name) ? Documents.instant(item, name) : null;
    }
}
