package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.account.ApiKeyRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Role;
import io.offerline.core.account.UserRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.HandClock;
import io.offerline.dynamodb.TestDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** API keys through GraphQL on a clock the test moves: shown once, revoked, expired, last used. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysIT {

    private static final String CREATE = """
            mutation($input: ApiKeyInput!) { createApiKey(input: $input) {
              key apiKey { id name prefix createdAt lastUsedAt expiresAt } } }""";
    private static final String LIST = "query($userId: ID!) { apiKeys(userId: $userId) { id name prefix lastUsedAt revokedAt } }";
    private static final String REVOKE = "mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }";
    private static final String VIEWER = "{ viewer { userId role } }";

    private final HandClock clock = new HandClock();
    private ApiWorld world;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo, clock);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createApiKey_showsTheKeyOnce_andTheKeyActsAsItsUser() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String workerId = world.createUser(account, "w@team.example", Role.WORKER, List.of());

        Map<String, Object> created = create(account.apiKey(), workerId, "ci", null);
        String key = (String) at(created, "data.createApiKey.key");
        Map<String, Object> listed = ApiWorld.parse(world.post(account.apiKey(), LIST, Map.of("userId", workerId)));

        assertThat(key).startsWith((String) at(created, "data.createApiKey.apiKey.prefix")).hasSizeGreaterThan(40);
        assertThat(at(call(key, VIEWER), "data.viewer")).isEqualTo(Map.of("userId", workerId, "role", "WORKER"));
        assertThat(at(listed, "data.apiKeys.0.id")).isEqualTo(at(created, "data.createApiKey.apiKey.id"));
        assertThat(world.post(account.apiKey(), LIST, Map.of("userId", workerId)).body()).doesNotContain(key);
    }

    @Test
    void aRevokedKey_isRefusedAtOnceHere_andByAnotherInstanceWithinTheCacheTime() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String ownerId = (String) at(call(account.apiKey(), VIEWER), "data.viewer.userId");
        Map<String, Object> created = create(account.apiKey(), ownerId, "laptop", null);
        String key = (String) at(created, "data.createApiKey.key");
        String keyId = (String) at(created, "data.createApiKey.apiKey.id");
        ApiKeys otherInstance = new ApiKeys(world.context.getBean(ApiKeyRepository.class), world.context.getBean(UserRepository.class), clock);
        assertThat(otherInstance.authenticate(key)).isPresent();

        Map<String, Object> revoked = ApiWorld.parse(world.post(account.apiKey(), REVOKE, Map.of("id", keyId)));
        boolean otherBeforeItsCacheExpires = otherInstance.authenticate(key).isPresent();
        clock.advance(ApiKeys.CACHE_TTL.plusSeconds(1));

        assertThat(at(revoked, "data.revokeApiKey.revokedAt")).isNotNull();
        assertThat(world.post(key, VIEWER, Map.of()).status()).isEqualTo(401);
        assertThat(otherBeforeItsCacheExpires).isTrue();
        assertThat(otherInstance.authenticate(key)).isEmpty();
        assertThat(ApiKeys.CACHE_TTL).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anExpiredKey_isRefused_fromItsExpiryOn() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String ownerId = (String) at(call(account.apiKey(), VIEWER), "data.viewer.userId");
        Instant expiresAt = clock.instant().plus(Duration.ofHours(1));
        String key = (String) at(create(account.apiKey(), ownerId, "temporary", expiresAt.toString()), "data.createApiKey.key");

        int beforeExpiry = world.post(key, VIEWER, Map.of()).status();
        clock.advance(Duration.ofHours(1));

        assertThat(beforeExpiry).isEqualTo(200);
        assertThat(world.post(key, VIEWER, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void lastUsedAt_movesAtMostOncePerMinute() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String ownerId = (String) at(call(account.apiKey(), VIEWER), "data.viewer.userId");
        Instant firstUse = clock.instant();
        world.post(account.apiKey(), VIEWER, Map.of());

        clock.advance(ApiKeys.CACHE_TTL.plusSeconds(1));
        Object withinTheMinute = at(ApiWorld.parse(world.post(account.apiKey(), LIST, Map.of("userId", ownerId))), "data.apiKeys.0.lastUsedAt");
        clock.advance(Duration.ofSeconds(30));
        Instant later = clock.instant();
        world.post(account.apiKey(), VIEWER, Map.of());
        clock.advance(ApiKeys.CACHE_TTL.plusSeconds(1));
        Object afterTheMinute = at(ApiWorld.parse(world.post(account.apiKey(), LIST, Map.of("userId", ownerId))), "data.apiKeys.0.lastUsedAt");

        assertThat(withinTheMinute).isEqualTo(firstUse.toString());
        assertThat(afterTheMinute).isEqualTo(later.toString());
    }

    @Test
    void removeUser_revokesTheUsersKeys() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String workerId = world.createUser(account, "w@team.example", Role.WORKER, List.of());
        create(account.apiKey(), workerId, "one", null);
        create(account.apiKey(), workerId, "two", null);

        world.post(account.apiKey(), "mutation($id: ID!) { removeUser(id: $id) { id } }", Map.of("id", workerId));

        assertThat(world.context.getBean(ApiKeys.class).list(account.account().id(), workerId))
                .hasSize(2).allSatisfy(key -> assertThat(key.revokedAt()).isNotNull());
    }

    @Test
    void keysOfOthers_areForbiddenToWorkers_andOwnersKeysToAdmins_andAnotherAccountsKeyIsMissing() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        AccountBootstrap.Bootstrapped other = world.account("Other");
        String ownerId = (String) at(call(account.apiKey(), VIEWER), "data.viewer.userId");
        String workerId = world.createUser(account, "w@team.example", Role.WORKER, List.of());
        String worker = world.keyOf(account, workerId);
        String admin = world.keyOf(account, world.createUser(account, "a@team.example", Role.ADMIN, List.of()));
        String ownerKeyId = (String) at(create(account.apiKey(), ownerId, "laptop", null), "data.createApiKey.apiKey.id");
        String otherOwner = (String) at(call(other.apiKey(), VIEWER), "data.viewer.userId");
        String otherKeyId = (String) at(create(other.apiKey(), otherOwner, "theirs", null), "data.createApiKey.apiKey.id");

        Map<String, Object> ownKey = create(worker, workerId, "mine", null);
        Map<String, Object> workerForOwner = create(worker, ownerId, "theirs", null);
        Map<String, Object> adminForOwner = create(admin, ownerId, "theirs", null);
        Map<String, Object> workerRevokesOwners = ApiWorld.parse(world.post(worker, REVOKE, Map.of("id", ownerKeyId)));
        Map<String, Object> adminRevokesOwners = ApiWorld.parse(world.post(admin, REVOKE, Map.of("id", ownerKeyId)));
        Map<String, Object> foreign = ApiWorld.parse(world.post(account.apiKey(), REVOKE, Map.of("id", otherKeyId)));
        Map<String, Object> missing = ApiWorld.parse(world.post(account.apiKey(), REVOKE, Map.of("id", "no-such-key")));

        assertThat(ownKey.get("errors")).isNull();
        assertThat(List.of(workerForOwner, adminForOwner, adminRevokesOwners))
                .allSatisfy(reply -> assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("FORBIDDEN"));
        assertThat(at(workerRevokesOwners, "errors.0.extensions")).isEqualTo(at(missing, "errors.0.extensions"));
        assertThat(at(foreign, "errors.0.extensions")).isEqualTo(at(missing, "errors.0.extensions"));
    }

    @Test
    void createApiKey_refusesAnExpiryInThePast() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String ownerId = (String) at(call(account.apiKey(), VIEWER), "data.viewer.userId");

        Map<String, Object> reply = create(account.apiKey(), ownerId, "old", clock.instant().minusSeconds(1).toString());

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.expiresAt");
    }

    private Map<String, Object> create(String key, String userId, String name, String expiresAt) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("userId", userId, "name", name));
        if (expiresAt != null) {
            input.put("expiresAt", expiresAt);
        }
        return ApiWorld.parse(world.post(key, CREATE, Map.of("input", input)));
    }

    private Map<String, Object> call(String key, String query) {
        return ApiWorld.parse(world.post(key, query, Map.of()));
    }
}
