package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TestDynamo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliateNetworkMutationsIT {

    private static final String SECRET = "pb-Secret_2026.xyz";

    private TestDynamo dynamo;
    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private AccountBootstrap.Bootstrapped stranger;

    @BeforeAll
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
        stranger = world.account("Stranger");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createAffiliateNetwork_fromATemplate_copiesItsParameters_whenTheInputLeavesThemOut() {
        Map<String, Object> input = Map.of("workspaceId", workspaceId(), "templateKey", "hasoffers", "name", "TUNE Direct",
                "txidParam", "tx");

        Map<String, Object> created = call("createAffiliateNetwork", Map.of("input", input));

        assertThat(at(created, "errors")).isNull();
        Map<String, Object> network = network(created, "createAffiliateNetwork");
        assertThat(network).containsEntry("templateKey", "hasoffers")
                .containsEntry("clickIdParam", "aff_sub")
                .containsEntry("payoutParam", "payout")
                .containsEntry("txidParam", "tx")
                .containsEntry("acceptDuplicatePostbacks", false)
                .containsEntry("postbackIpAllowlist", List.of())
                .containsEntry("postbackSecret", null)
                .containsEntry("hasPostbackSecret", false)
                .containsEntry("archived", false)
                .containsEntry("version", 1);
    }

    @Test
    void createAffiliateNetwork_roundTripsEveryField_andNeverShowsTheSecret() {
        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createAffiliateNetwork"), Map.of("input", fullInput()));
        Map<String, Object> created = ApiWorld.parse(reply);
        String id = (String) at(created, "data.createAffiliateNetwork.id");

        Map<String, Object> read = call("affiliateNetwork", Map.of("id", id));

        assertThat(at(created, "errors")).isNull();
        assertThat(reply.body()).doesNotContain(SECRET);
        Map<String, Object> network = network(read, "affiliateNetwork");
        assertThat(network).isEqualTo(network(created, "createAffiliateNetwork"));
        assertThat(network).containsEntry("name", "Everflow EU")
                .containsEntry("workspace", Map.of("id", workspaceId(), "name", "Default"))
                .containsEntry("templateKey", null)
                .containsEntry("clickIdParam", "sub2")
                .containsEntry("payoutParam", "payout_amount")
                .containsEntry("txidParam", "transaction_id")
                .containsEntry("currency", "EUR")
                .containsEntry("acceptDuplicatePostbacks", true)
                .containsEntry("postbackIpAllowlist", List.of("203.0.113.7", "198.51.100.0/24", "2001:db8::/32", "2001:db8:1::5"))
                .containsEntry("postbackSecret", "••••.xyz")
                .containsEntry("hasPostbackSecret", true)
                .containsEntry("notes", "Pays net 30.\nContact: ops@network.example")
                .containsEntry("archived", false)
                .containsEntry("version", 1);
        assertThat((String) network.get("createdAt")).isEqualTo(network.get("updatedAt")).endsWith("Z");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    @SuppressWarnings("unchecked")
    void createAffiliateNetwork_isRejectedNamingTheField_andWritesNothing_whenAValueIsInvalid(
            String rule, String key, Object value, String field, String messagePart) {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put(key, value);
        long before = networkItemsIn(workspaceId());

        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createAffiliateNetwork"), Map.of("input", input));

        Map<String, Object> body = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(at(body, "data")).isNull();
        assertThat((Map<String, Object>) at(body, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field);
        assertThat((String) at(body, "errors.0.message")).startsWith(field + ": ").contains(messagePart);
        assertThat(networkItemsIn(workspaceId())).isEqualTo(before);
    }

    Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("bad IP", "postbackIpAllowlist", List.of("203.0.113.7", "203.0.113.300"), "input.postbackIpAllowlist.1", "'203.0.113.300'"),
                Arguments.of("host name", "postbackIpAllowlist", List.of("network.example"), "input.postbackIpAllowlist.0", "host names"),
                Arguments.of("bad IPv4 prefix", "postbackIpAllowlist", List.of("10.0.0.0/33"), "input.postbackIpAllowlist.0", "prefix length"),
                Arguments.of("bad IPv6 prefix", "postbackIpAllowlist", List.of("::1", "2001:db8::/129"), "input.postbackIpAllowlist.1", "/0 to /128"),
                Arguments.of("bad currency", "currency", "EURO", "input.currency", "'EURO'"),
                Arguments.of("bad click-id parameter", "clickIdParam", "sub id", "input.clickIdParam", "'sub id'"),
                Arguments.of("too long payout parameter", "payoutParam", "p".repeat(65), "input.payoutParam", "1 to 64"),
                Arguments.of("empty name", "name", "  ", "input.name", "must not be empty"),
                Arguments.of("unknown template", "templateKey", "clickfunnels", "input.templateKey", "'clickfunnels'"),
                Arguments.of("short secret", "postbackSecret", "abc", "input.postbackSecret", "8 to 128"),
                Arguments.of("long notes", "notes", "n".repeat(10_001), "input.notes", "10000"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createAffiliateNetwork_inAnotherAccountsWorkspace_answersAsIfItDidNotExist_andWritesNothing() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", stranger.workspace().id());

        Map<String, Object> reply = call("createAffiliateNetwork", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.workspaceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.workspaceId: No workspace with id " + stranger.workspace().id() + ".");
        assertThat(networkItemsIn(stranger.workspace().id())).isZero();
    }

    @Test
    void updateAffiliateNetwork_replacesTheSettings_keepsTheSecretItLeavesOut_andBumpsTheVersion() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = new HashMap<>(Map.of("workspaceId", workspaceId(), "name", "Everflow EU 2",
                "templateKey", "everflow", "postbackIpAllowlist", List.of("192.0.2.0/28")));

        Map<String, Object> updated = call("updateAffiliateNetwork", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(updated, "errors")).isNull();
        Map<String, Object> network = network(updated, "updateAffiliateNetwork");
        assertThat(network).containsEntry("name", "Everflow EU 2")
                .containsEntry("clickIdParam", "sub1")
                .containsEntry("currency", null)
                .containsEntry("acceptDuplicatePostbacks", false)
                .containsEntry("postbackIpAllowlist", List.of("192.0.2.0/28"))
                .containsEntry("postbackSecret", "••••.xyz")
                .containsEntry("notes", null)
                .containsEntry("version", 2)
                .containsEntry("createdAt", created.get("createdAt"));
        assertThat(network(call("affiliateNetwork", Map.of("id", created.get("id"))), "affiliateNetwork")).isEqualTo(network);
    }

    @Test
    void updateAffiliateNetwork_removesTheSecret_whenGivenAnEmptyOne() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("postbackSecret", "");

        Map<String, Object> network = network(call("updateAffiliateNetwork", Map.of("id", created.get("id"), "version", 1, "input", input)),
                "updateAffiliateNetwork");

        assertThat(network).containsEntry("postbackSecret", null).containsEntry("hasPostbackSecret", false);
    }

    @Test
    void updateAffiliateNetwork_withAStaleVersion_isAConflict_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        call("archiveAffiliateNetwork", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> before = network(call("affiliateNetwork", Map.of("id", created.get("id"))), "affiliateNetwork");
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("name", "Renamed");

        Map<String, Object> reply = call("updateAffiliateNetwork", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "data")).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat((String) at(reply, "errors.0.message")).contains("version 1");
        assertThat(network(call("affiliateNetwork", Map.of("id", created.get("id"))), "affiliateNetwork")).isEqualTo(before);
        assertThat(before).containsEntry("name", "Everflow EU").containsEntry("version", 2);
    }

    @Test
    void updateAffiliateNetwork_intoAnotherWorkspace_isRejected_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        AccountBootstrap.Bootstrapped other = world.account("Other workspace owner");
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", other.workspace().id());

        Map<String, Object> reply = call("updateAffiliateNetwork", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.workspaceId");
        assertThat(network(call("affiliateNetwork", Map.of("id", created.get("id"))), "affiliateNetwork")).containsEntry("version", 1);
    }

    @Test
    void archiveAndRestore_moveTheNetworkBetweenTheActiveAndArchivedLists() {
        AccountBootstrap.Bootstrapped lister = world.account("Archiver");
        String workspace = lister.workspace().id();
        String id = (String) at(ApiWorld.parse(world.post(lister.apiKey(), ApiWorld.operation("createAffiliateNetwork"),
                Map.of("input", Map.of("workspaceId", workspace, "name", "Seasonal")))), "data.createAffiliateNetwork.id");

        Map<String, Object> archived = callAs(lister, "archiveAffiliateNetwork", Map.of("id", id, "version", 1));
        List<String> activeAfterArchive = world.allNames(lister.apiKey(), "affiliateNetworks", workspace, null);
        List<String> archivedList = world.allNames(lister.apiKey(), "affiliateNetworks", workspace, Map.of("archived", true));
        Map<String, Object> restored = callAs(lister, "restoreAffiliateNetwork", Map.of("id", id, "version", 2));
        List<String> activeAfterRestore = world.allNames(lister.apiKey(), "affiliateNetworks", workspace, null);

        assertThat(at(archived, "data.archiveAffiliateNetwork")).isEqualTo(Map.of("id", id, "archived", true, "version", 2));
        assertThat(activeAfterArchive).isEmpty();
        assertThat(archivedList).containsExactly("Seasonal");
        assertThat(at(restored, "data.restoreAffiliateNetwork")).isEqualTo(Map.of("id", id, "archived", false, "version", 3));
        assertThat(activeAfterRestore).containsExactly("Seasonal");
    }

    @Test
    void affiliateNetworks_pagesThroughEveryNetworkExactlyOnce_andFiltersByName_whenFirstIsTwo() {
        AccountBootstrap.Bootstrapped lister = world.account("Lister");
        String workspace = lister.workspace().id();
        List<String> names = List.of("Everflow US", "CAKE", "everflow EU", "TUNE", "Everflow BR");
        for (String name : names) {
            world.post(lister.apiKey(), ApiWorld.operation("createAffiliateNetwork"), Map.of("input", Map.of("workspaceId", workspace, "name", name)));
        }

        List<String> all = allPages(lister, workspace, null);
        List<String> everflow = allPages(lister, workspace, Map.of("search", "EVERFLOW"));

        // Networks created within the same microsecond may list in either order; each must appear exactly once.
        assertThat(all).hasSize(names.size()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(everflow).containsExactlyInAnyOrder("Everflow US", "everflow EU", "Everflow BR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherAccount_seesNull_andCannotChangeTheNetwork() {
        Map<String, Object> created = create(fullInput());

        Map<String, Object> read = callAs(stranger, "affiliateNetwork", Map.of("id", created.get("id")));
        Map<String, Object> archive = callAs(stranger, "archiveAffiliateNetwork", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> missing = callAs(stranger, "archiveAffiliateNetwork", Map.of("id", "no-such-network", "version", 1));
        Map<String, Object> update = callAs(stranger, "updateAffiliateNetwork", Map.of("id", created.get("id"), "version", 1,
                "input", Map.of("workspaceId", stranger.workspace().id(), "name", "Hijacked")));

        assertThat(at(read, "data.affiliateNetwork")).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat((Map<String, Object>) at(archive, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(archive, "errors.0.message")).isEqualTo("id: No affiliate network with id " + created.get("id") + ".");
        assertThat(at(missing, "errors.0.message")).isEqualTo("id: No affiliate network with id no-such-network.");
        assertThat((Map<String, Object>) at(update, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(network(call("affiliateNetwork", Map.of("id", created.get("id"))), "affiliateNetwork"))
                .containsEntry("archived", false).containsEntry("version", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void affiliateNetworkTemplates_listsTheCatalogue_withTheBlankCustomTemplateLast() {
        List<Map<String, Object>> templates = (List<Map<String, Object>>) at(call("affiliateNetworkTemplates", Map.of()),
                "data.affiliateNetworkTemplates");

        assertThat(templates).hasSizeGreaterThanOrEqualTo(9);
        assertThat(templates).filteredOn(template -> "everflow".equals(template.get("key"))).singleElement()
                .isEqualTo(Map.of("key", "everflow", "name", "Everflow", "clickIdParam", "sub1", "payoutParam", "payout_amount",
                        "txidParam", "transaction_id", "clickIdMacro", "{sub1}", "payoutMacro", "{payout_amount}",
                        "txidMacro", "{transaction_id}"));
        assertThat(templates.get(templates.size() - 1)).containsEntry("key", "custom").containsEntry("clickIdParam", null);
    }

    private List<String> allPages(AccountBootstrap.Bootstrapped caller, String workspaceId, Map<String, Object> filter) {
        return world.allNames(caller.apiKey(), "affiliateNetworks", workspaceId, filter);
    }

    private Map<String, Object> create(Map<String, Object> input) {
        Map<String, Object> created = call("createAffiliateNetwork", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return network(created, "createAffiliateNetwork");
    }

    private Map<String, Object> call(String operation, Map<String, Object> variables) {
        return callAs(account, operation, variables);
    }

    private Map<String, Object> callAs(AccountBootstrap.Bootstrapped caller, String operation, Map<String, Object> variables) {
        return ApiWorld.parse(world.post(caller.apiKey(), ApiWorld.operation(operation), variables));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> network(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    private Map<String, Object> fullInput() {
        Map<String, Object> input = new HashMap<>();
        input.put("workspaceId", workspaceId());
        input.put("name", "Everflow EU");
        input.put("clickIdParam", "sub2");
        input.put("payoutParam", "payout_amount");
        input.put("txidParam", "transaction_id");
        input.put("currency", "eur");
        input.put("acceptDuplicatePostbacks", true);
        input.put("postbackIpAllowlist", List.of("203.0.113.7", " 198.51.100.0/24", "2001:DB8::/32", "2001:db8:1:0:0:0:0:5"));
        input.put("postbackSecret", SECRET);
        input.put("notes", "Pays net 30.\nContact: ops@network.example");
        return input;
    }

    /** Networks stored under a workspace, counted straight from the table's index. */
    private long networkItemsIn(String workspaceId) {
        return dynamo.client().query(request -> request
                .tableName(dynamo.tables().config())
                .indexName(OfferlineTables.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", OfferlineTables.GSI1_PARTITION_KEY))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.networksOf(workspaceId)))))
                .count();
    }
}
