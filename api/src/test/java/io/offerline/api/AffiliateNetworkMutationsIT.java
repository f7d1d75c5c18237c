package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffiliateNetworkMutationsIT {

    private static final String SECRET = "pb-Secret_2026.xyz";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
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
        return EntityContracts.affiliateNetwork().fullInput(account, workspaceId());
    }

    /** Networks stored under a workspace, counted straight from the table's index. */
}
