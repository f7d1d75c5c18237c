package io.offerline.dynamodb;

import io.offerline.core.account.Role;
import io.offerline.core.account.User;
import io.offerline.core.account.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Users in the config table, under their account: a user id from another account finds nothing. */
public final class DynamoUserRepository implements UserRepository {

    private final DocumentTables tables;

    public DynamoUserRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(User user) {
        EnhancedDocument.Builder item = Documents.withKey(Keys.user(user.accountId(), user.id()))
                .putString("id", user.id())
                .putString("accountId", user.accountId())
                .putString("name", user.name())
                .putString("email", user.email())
                .putString("role", user.role().name())
                .putList("workspaceIds", List.copyOf(user.workspaceIds()), EnhancedType.of(String.class))
                .putString("createdAt", user.createdAt().toString());
        Documents.putOptional(item, "lastActiveAt", user.lastActiveAt() == null ? null : user.lastActiveAt().toString());
        tables.config().putItem(item.build());
    }

    @Override
    public Optional<User> find(String accountId, String userId) {
        return Optional.ofNullable(tables.config().getItem(Keys.user(accountId, userId))).map(DynamoUserRepository::user);
    }

    @Override
    public List<User> list(String accountId) {
        QueryConditional users = QueryConditional.sortBeginsWith(Key.builder()
                .partitionValue(Keys.accountItems(accountId)).sortValue(Keys.USER_PREFIX).build());
        return tables.config().query(request -> request.queryConditional(users)).items().stream()
                .map(DynamoUserRepository::user)
                .toList();
    }

    @Override
    public void delete(String accountId, String userId) {
        tables.config().deleteItem(Keys.user(accountId, userId));
    }

    private static User user(EnhancedDocument item) {
        return new User(item.getString("id"), item.getString("accountId"), item.getString("name"), item.getString("email"),
                Role.valueOf(item.getString("role")), Set.copyOf(item.getList("workspaceIds", EnhancedType.of(String.class))),
                Documents.instant(item, "createdAt"), item.isPresent("lastActiveAt") ? Documents.instant(item, "lastActiveAt") : null);
    }
}
