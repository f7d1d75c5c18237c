package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.account.User;
import io.offerline.core.account.UserRepository;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every mutation of the schema, run once through GraphQL: each leaves an audit entry with its
 * caller, entity and changed fields, secrets redacted. A mutation added to the schema fails
 * here until this test runs it and finds its entry.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT {

    private static final String AUDIT_LOG = """
            query($filter: AuditFilter, $after: String) {
              auditLog(filter: $filter, first: 100, after: $after) {
                edges { node { id at userId keyId operation entityType entityId changes { field before after } } }
                pageInfo { hasNextPage endCursor } } }""";
    private static final String NETWORK_SECRET = "pb-Secret_2026.xyz";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private Instant startedAt;
    /** The entity each mutation changed (the source offer for cloneOffer), by mutation. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    private List<Map<String, Object>> entries;
    private String ownerKeyId;
    /** The plain key createApiKey answered: no entry may hold it. */
    private String createdKey;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        startedAt = world.clock.instant();
        owner = world.account("Audited");
        ownerKeyId = world.context.getBean(ApiKeys.class).list(owner.account().id(), owner.ownerUserId()).get(0).id();
        runEveryMutationOnce();
        entries = entries(owner.apiKey(), Map.of());
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void everyMutationOfTheSchema_isRunHere_andLeavesAnAuditEntry() {
        List<String> mutations = new GraphQLFactory(List.of()).schema().getMutationType().getFieldDefinitions().stream()
                .map(GraphQLFieldDefinition::getName).toList();
        List<Object> audited = entries.stream().map(entry -> entry.get("operation")).distinct().toList();

        assertThat(targets.keySet()).as("mutations this test runs").containsAll(mutations);
        assertThat(audited).as("mutations with an audit entry").containsAll(mutations);
    }

    @Test
    void noEntry_holdsACreatedApiKey() {
        assertThat(createdKey).startsWith("ol_");
        assertThat(ApiWorld.json(entries)).doesNotContain(createdKey);
    }

    @Test
    void entries_nameTheCallerAndTheChangedEntity_newestFirst() {
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("userId")).isEqualTo(owner.ownerUserId());
            assertThat(entry.get("keyId")).as("the owner's key").isEqualTo(ownerKeyId);
        });
        assertThat(entries.stream().map(entry -> (String) entry.get("at")).toList())
                .isSortedAccordingTo((left, right) -> Instant.parse(right).compareTo(Instant.parse(left)));
        assertThat(entry("updateLander")).containsEntry("entityType", "Lander").containsEntry("entityId", targets.get("updateLander"));
        assertThat(entry("updateAccount")).containsEntry("entityId", owner.account().id());
        assertThat(entry("saveConversionType")).containsEntry("entityId", "lead");
    }

    @Test
    void update_recordsBeforeAndAfter_ofTheChangedFieldsOnly() {
        List<Map<String, Object>> changes = changes("updateLander");

        assertThat(changes).contains(Map.of("field", "name", "before", "Quiz DE", "after", "Renamed Lander"));
        assertThat(changes).extracting(change -> change.get("field")).doesNotContain("id", "workspaceId", "createdAt");
        assertThat(changes("updateAccount")).contains(Map.of("field", "truncateIps", "before", "false", "after", "true"));
        assertThat(changes("archiveOffer")).contains(Map.of("field", "archived", "before", "false", "after", "true"));
    }

    @Test
    void creation_andClone_haveNoBefore() {
        assertThat(changes("createOffer")).isNotEmpty().allSatisfy(change -> assertThat(change.get("before")).isNull());
        assertThat(entry("cloneOffer").get("entityId")).isNotEqualTo(targets.get("cloneOffer"));
        assertThat(changes("cloneOffer")).allSatisfy(change -> assertThat(change.get("before")).isNull());
    }

    @Test
    void secrets_areRedacted_neverStored() {
        assertThat(changes("createAffiliateNetwork")).contains(Map.of("field", "postbackSecret", "after", "[redacted]"));
        assertThat(ApiWorld.json(entries)).doesNotContain(NETWORK_SECRET).doesNotContain(NETWORK_SECRET.substring(NETWORK_SECRET.length() - 4));
    }

    @Test
    void upload_isOneEntry_withItsRowsAsChanges() {
        assertThat(entry("uploadConversions").get("entityId")).isNull();
        assertThat(changes("uploadConversions")).contains(Map.of("field", "0.clickId", "after", "no-such-click"));
    }

    @Test
    void costUpdate_isAnEntryOfItsOwn_withItsAmountAndCampaign() {
        assertThat(entry("updateCost")).containsEntry("entityType", "CostUpdate").containsEntry("entityId", targets.get("updateCost"));
        assertThat(changes("updateCost")).contains(Map.of("field", "amount", "after", "12.50"),
                Map.of("field", "campaignId", "after", targets.get("updateCampaign")));
    }

    @Test
    void auditLog_filtersByUserEntityAndTime() {
        String landerId = targets.get("updateLander");

        assertThat(entries(owner.apiKey(), Map.of("entityId", landerId))).extracting(entry -> entry.get("operation"))
                .containsExactly("restoreLander", "archiveLander", "updateLander", "createLander");
        assertThat(entries(owner.apiKey(), Map.of("userId", "someone-else"))).isEmpty();
        assertThat(entries(owner.apiKey(), Map.of("from", startedAt.minus(Duration.ofMinutes(1)).toString(),
                "to", world.clock.instant().plus(Duration.ofMinutes(1)).toString()))).hasSameSizeAs(entries);
        assertThat(entries(owner.apiKey(), Map.of("from", world.clock.instant().plus(Duration.ofMinutes(1)).toString()))).isEmpty();
    }

    @Test
    void failedMutation_changedNothing_andIsNotRecorded() {
        String landerId = targets.get("updateLander");
        Map<String, Object> stale = ApiWorld.parse(world.post(owner.apiKey(), EntityContracts.lander().operation("Update"),
                Map.of("id", landerId, "version", 1, "input", Map.of("workspaceId", "none", "name", "Stale", "url", "https://l.example/"))));

        assertThat(stale.get("errors")).isNotNull();
        assertThat(entries(owner.apiKey(), Map.of("entityId", landerId))).hasSize(4);
    }

    @Test
    void auditLog_isForOwnersAndAdmins_ofTheAccountOnly() {
        // Users stored past the API, so that they add no audit entry of their own.
        UserRepository users = world.context.getBean(UserRepository.class);
        for (Role role : List.of(Role.ADMIN, Role.WORKER)) {
            users.save(new User(role + "-1", owner.account().id(), role.name(), role + "@audit.example", role, Set.of(), startedAt, null));
        }
        ApiKeys keys = world.context.getBean(ApiKeys.class);
        keys.register("ol_audit_admin_key_0001", new Principal(owner.account().id(), Role.ADMIN + "-1", Role.ADMIN));
        keys.register("ol_audit_worker_key_001", new Principal(owner.account().id(), Role.WORKER + "-1", Role.WORKER));
        AccountBootstrap.Bootstrapped other = world.account("Other");

        Map<String, Object> worker = ApiWorld.parse(world.post("ol_audit_worker_key_001", AUDIT_LOG, Map.of()));

        assertThat(entries("ol_audit_admin_key_0001", Map.of())).hasSameSizeAs(entries);
        assertThat(at(worker, "errors.0.extensions.code")).isEqualTo("FORBIDDEN");
        assertThat((String) at(worker, "errors.0.message")).contains("Only owners and admins");
        assertThat(entries(other.apiKey(), Map.of())).isEmpty();
    }

    private void runEveryMutationOnce() {
        mutate("updateAccount", "mutation { updateAccount(input: {name: \"Audited Inc\", truncateIps: true}) { id } }", Map.of());
        String workspaceId = mutate("createWorkspace", "mutation { createWorkspace(input: {name: \"Audit\"}) { id } }", Map.of());
        mutate("updateWorkspace", "mutation($id: ID!) { updateWorkspace(id: $id, input: {name: \"Audit 2\"}) { id } }",
                Map.of("id", workspaceId));
        for (EntityContract entity : EntityContracts.all(world)) {
            String id = mutate("create" + entity.type(), entity.operation("Create"), Map.of("input", entity.fullInput(owner, workspaceId)));
            mutate("update" + entity.type(), entity.operation("Update"), Map.of("id", id, "version", 1,
                    "input", entity.minimalInput(owner, workspaceId, "Renamed " + entity.type())));
            mutate("archive" + entity.type(), entity.operation("Archive"), Map.of("id", id, "version", 2));
            mutate("restore" + entity.type(), entity.operation("Restore"), Map.of("id", id, "version", 3));
        }
        targets.put("cloneOffer", targets.get("updateOffer"));
        mutate("cloneOffer", "mutation($id: ID!) { cloneOffer(id: $id) { id } }", Map.of("id", targets.get("updateOffer")));
        mutate("saveConversionType", "mutation { saveConversionType(input: {key: \"lead\", name: \"Lead\"}) { key } }", Map.of());
        mutate("uploadConversions", "mutation { uploadConversions(rows: [{clickId: \"no-such-click\", payout: 1}]) { row outcome } }",
                Map.of());
        mutate("updateCost", "mutation($campaignId: ID!) { updateCost(input: {campaignId: $campaignId, from: \"2026-11-01\", "
                + "to: \"2026-11-02\", amount: 12.50}) { id } }", Map.of("campaignId", targets.get("updateCampaign")));
        runEveryAccessMutationOnce();
    }

    private void runEveryAccessMutationOnce() {
        String userId = mutate("createUser", "mutation { createUser(input: {name: \"Ada\", email: \"ada@audit.example\", role: WORKER}) { id } }",
                Map.of());
        mutate("updateUser", "mutation($id: ID!) { updateUser(id: $id, input: {name: \"Ada L\", email: \"ada@audit.example\", role: ADMIN}) { id } }",
                Map.of("id", userId));
        Map<String, Object> created = ApiWorld.parse(world.post(owner.apiKey(), """
                mutation($userId: ID!) { createApiKey(input: {userId: $userId, name: "ci"}) { key apiKey { id } } }""", Map.of("userId", userId)));
        createdKey = (String) at(created, "data.createApiKey.key");
        String keyId = (String) at(created, "data.createApiKey.apiKey.id");
        targets.put("createApiKey", keyId);
        mutate("revokeApiKey", "mutation($id: ID!) { revokeApiKey(id: $id) { id } }", Map.of("id", keyId));
        mutate("removeUser", "mutation($id: ID!) { removeUser(id: $id) { id } }", Map.of("id", userId));
    }

    /** Runs a mutation as the owner; the id (or key) of what it returned. */
    private String mutate(String mutation, String operation, Map<String, Object> variables) {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), operation, variables));
        assertThat(reply.get("errors")).as(mutation).isNull();
        Object result = at(reply, "data." + mutation);
        String id = result instanceof Map<?, ?> fields ? (String) (fields.containsKey("id") ? fields.get("id") : fields.get("key")) : null;
        targets.putIfAbsent(mutation, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String apiKey, Map<String, Object> filter) {
        List<Map<String, Object>> found = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>(Map.of("filter", filter));
        for (int pages = 0; pages < 10; pages++) {
            Map<String, Object> page = ApiWorld.parse(world.post(apiKey, AUDIT_LOG, variables));
            assertThat(page.get("errors")).isNull();
            ((List<Map<String, Object>>) at(page, "data.auditLog.edges")).forEach(edge -> found.add((Map<String, Object>) edge.get("node")));
            if (!(Boolean) at(page, "data.auditLog.pageInfo.hasNextPage")) {
                return found;
            }
            variables.put("after", at(page, "data.auditLog.pageInfo.endCursor"));
        }
        throw new AssertionError("more than 10 pages: paging does not advance");
    }

    private Map<String, Object> entry(String operation) {
        return entries.stream().filter(entry -> operation.equals(entry.get("operation"))).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry of " + operation));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> changes(String operation) {
        return ((List<Map<String, Object>>) entry(operation).get("changes")).stream().map(AuditTrailIT::withoutNulls).toList();
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> change) {
        Map<String, Object> present = new HashMap<>();
        change.forEach((field, value) -> {
            if (value != null) {
                present.put(field, value);
            }
        });
        return present;
    }
}
