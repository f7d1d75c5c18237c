package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.TestDynamo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Landers through GraphQL: every field, each validation rule, versions, archive, lists, other accounts, campaigns that use them. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanderMutationsIT {

    private static final String URL = "https://lander.example/quiz?c={campaign_id}&z={trackingField1}";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private AccountBootstrap.Bootstrapped stranger;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
        stranger = world.account("Stranger");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createLander_roundTripsEveryField() {
        Map<String, Object> created = call("createLander", Map.of("input", fullInput()));
        String id = (String) at(created, "data.createLander.id");

        Map<String, Object> read = call("lander", Map.of("id", id));

        assertThat(at(created, "errors")).isNull();
        Map<String, Object> lander = lander(read, "lander");
        assertThat(lander).isEqualTo(lander(created, "createLander"));
        assertThat(lander).containsEntry("name", "Quiz DE")
                .containsEntry("workspace", Map.of("id", workspaceId(), "name", "Default"))
                .containsEntry("url", URL)
                .containsEntry("callsToAction", 3)
                .containsEntry("notes", "Three offers.\nOne quiz.")
                .containsEntry("tags", List.of("quiz", "DE"))
                .containsEntry("archived", false)
                .containsEntry("version", 1);
        assertThat((String) lander.get("createdAt")).isEqualTo(lander.get("updatedAt")).endsWith("Z");
    }

    @Test
    void createLander_hasOneCallToActionAndNoTags_whenTheInputLeavesThemOut() {
        Map<String, Object> lander = create(Map.of("workspaceId", workspaceId(), "name", "Plain", "url", "https://plain.example/"));

        assertThat(lander).containsEntry("callsToAction", 1).containsEntry("tags", List.of()).containsEntry("notes", null);
    }

    @Test
    void updateLander_replacesEveryField_andBumpsTheVersion() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = Map.of("workspaceId", workspaceId(), "name", "Quiz DE v2", "url", "https://v2.example/{lander_id}",
                "tags", List.of("v2"));

        Map<String, Object> updated = call("updateLander", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(updated, "errors")).isNull();
        Map<String, Object> lander = lander(updated, "updateLander");
        assertThat(lander).containsEntry("name", "Quiz DE v2")
                .containsEntry("url", "https://v2.example/{lander_id}")
                .containsEntry("callsToAction", 1)
                .containsEntry("notes", null)
                .containsEntry("tags", List.of("v2"))
                .containsEntry("version", 2)
                .containsEntry("createdAt", created.get("createdAt"));
        assertThat(lander(call("lander", Map.of("id", created.get("id"))), "lander")).isEqualTo(lander);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_acceptsALanderOfItsWorkspace_andReadsItBack() {
        Map<String, Object> lander = create(fullInput());
        String offerId = world.createOffer(account, workspaceId());

        Map<String, Object> created = call("createCampaignWithReferences", Map.of("input", campaignInput(workspaceId(), lander.get("id"), offerId)));
        Map<String, Object> read = call("campaignReferences", Map.of("id", at(created, "data.createCampaign.id")));

        assertThat(at(created, "errors")).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat((List<Map<String, Object>>) at(read, "data.campaign.paths.0.landers"))
                .containsExactly(Map.of("weight", 100, "lander", Map.of("id", lander.get("id"), "name", "Quiz DE")));
        assertThat(at(read, "data.campaign.trafficSource")).isNull();
        assertThat(at(read, "data.campaign.paths")).isEqualTo(at(created, "data.createCampaign.paths"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_refusesALanderOfAnotherWorkspace_orAccount_namingThePathAndLander_andWritesNothing() {
        String otherWorkspace = world.createWorkspace(account, "Second");
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", otherWorkspace);
        Object foreignLander = create(input).get("id");
        Object strangersLander = at(world.call(stranger, "createLander", Map.of("input",
                Map.of("workspaceId", stranger.workspace().id(), "name", "Theirs", "url", "https://theirs.example/"))), "data.createLander.id");
        String offerId = world.createOffer(account, workspaceId());
        long before = campaignItemsIn(workspaceId());

        Map<String, Object> otherWorkspaceReply = call("createCampaignWithReferences",
                Map.of("input", campaignInput(workspaceId(), foreignLander, offerId)));
        Map<String, Object> otherAccountReply = call("createCampaignWithReferences",
                Map.of("input", campaignInput(workspaceId(), strangersLander, offerId)));

        String field = "input.paths.0.landers.0.landerId";
        assertThat(at(otherWorkspaceReply, "data")).isNull();
        assertThat((Map<String, Object>) at(otherWorkspaceReply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field);
        assertThat((String) at(otherWorkspaceReply, "errors.0.message")).isEqualTo(field + ": Lander " + foreignLander
                + " belongs to another workspace.");
        assertThat((Map<String, Object>) at(otherAccountReply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field);
        assertThat(at(otherAccountReply, "errors.0.message")).isEqualTo(field + ": No lander with id " + strangersLander + ".");
        assertThat(campaignItemsIn(workspaceId())).isEqualTo(before);
    }

    private static Map<String, Object> campaignInput(String workspaceId, Object landerId, String offerId) {
        return Map.of("workspaceId", workspaceId, "name", "Quiz funnel", "paths", List.of(Map.of("name", "Main",
                "landers", List.of(Map.of("landerId", landerId)), "offers", List.of(Map.of("offerId", offerId)))));
    }

    private Map<String, Object> create(Map<String, Object> input) {
        Map<String, Object> created = call("createLander", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return lander(created, "createLander");
    }

    private Map<String, Object> call(String operation, Map<String, Object> variables) {
        return world.call(account, operation, variables);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lander(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    private Map<String, Object> fullInput() {
        return EntityContracts.lander().fullInput(account, workspaceId());
    }

    private long campaignItemsIn(String workspaceId) {
        return world.indexItems(Keys.campaignsOf(workspaceId));
    }

    /** Items stored under an index partition, counted straight from the table. */
}
