package io.offerline.dynamodb;

import io.offerline.core.account.ApiKeyRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** API key hashes in the config table, each pointing at the principal it stands for. */
public final class DynamoApiKeyRepository implements ApiKeyRepository {

    private final DocumentTables tables;

    public DynamoApiKeyRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(String keyHash, Principal principal) {
        try {
            tables.config().putItem(Documents.createOnce(Documents.withKey(Keys.apiKey(keyHash))
                    .putString("accountId", principal.accountId())
                    .putString("userId", principal.userId())
                    .putString("role", principal.role().name())
                    .build()));
        } catch (ConditionalCheckFailedException alreadyIssued) {
            // A key keeps the principal it was first issued for.
        }
    }

    @Override
    public Optional<Principal> findByHash(String keyHash) {
        return Optional.ofNullable(tables.config().getItem(Keys.apiKey(keyHash)))
                .map(document -> new Principal(document.getString("accountId"), document.getString("userId"),
                        Role.valueOf(document.getString("role"))));
    }

    @Override
    public boolean delete(String keyHash) {
        return tables.config().deleteItem(DeleteItemEnhancedRequest.builder().key(Keys.apiKey(keyHash)).build()) != null;
    }
}
