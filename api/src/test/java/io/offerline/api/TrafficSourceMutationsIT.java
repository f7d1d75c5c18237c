package io.offerline.api;

import static io.offerline.api.EntityContracts.field;
import static io.offerline.api.EntityContracts.fields;
import static io.offerline.api.EntityContracts.parameter;
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

/** Traffic sources through GraphQL: every field, each validation rule, versions, archive, lists, other accounts, campaigns that use them. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrafficSourceMutationsIT {

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
    void createTrafficSource_roundTripsEveryField() {
        Map<String, Object> created = call("createTrafficSource", Map.of("input", fullInput()));
        String id = (String) at(created, "data.createTrafficSource.id");

        Map<String, Object> read = call("trafficSource", Map.of("id", id));

        assertThat(at(created, "errors")).isNull();
        Map<String, Object> source = source(read, "trafficSource");
        assertThat(source).isEqualTo(source(created, "createTrafficSource"));
        assertThat(source).containsEntry("name", "PropellerAds Push")
                .containsEntry("workspace", Map.of("id", workspaceId(), "name", "Default"))
                .containsEntry("externalId", Map.of("parameter", "clickid", "macro", "${SUBID}"))
                .containsEntry("cost", Map.of("parameter", "cost", "macro", "{cost}"))
                .containsEntry("trackingFields", List.of(
                        Map.of("token", "{trackingField1}", "name", "zone", "parameter", "zoneid", "macro", "{zoneid}"),
                        Map.of("token", "{trackingField2}", "name", "creative", "parameter", "bannerid", "macro", "[BANNER]")))
                .containsEntry("defaultCostModel", Map.of("type", "CPM", "value", 1.25, "currency", "EUR"))
                .containsEntry("notes", "Pays weekly.")
                .containsEntry("archived", false)
                .containsEntry("version", 1);
        assertThat((String) source.get("createdAt")).isEqualTo(source.get("updatedAt")).endsWith("Z");
    }

    @Test
    void createTrafficSource_withOnlyAName_hasNoParameters_andNotTrackedCostInTheAccountsCurrency() {
        Map<String, Object> source = create(Map.of("workspaceId", workspaceId(), "name", "Direct buy"));

        assertThat(source).containsEntry("externalId", null)
                .containsEntry("cost", null)
                .containsEntry("trackingFields", List.of())
                .containsEntry("defaultCostModel", Map.of("type", "NOT_TRACKED", "value", 0.0, "currency", "USD"))
                .containsEntry("notes", null);
    }

    @Test
    void createTrafficSource_takesTheAccountsCurrency_whenTheCostModelNamesNone() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("defaultCostModel", Map.of("type", "CPC", "value", 0.02));

        Map<String, Object> source = create(input);

        assertThat(source.get("defaultCostModel")).isEqualTo(Map.of("type", "CPC", "value", 0.02, "currency", "USD"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createTrafficSource_rejectsAutoCost_withoutACostParameter() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.remove("cost");
        input.put("defaultCostModel", Map.of("type", "AUTO"));
        long before = sourceItemsIn(workspaceId());

        Map<String, Object> reply = call("createTrafficSource", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.defaultCostModel.type");
        assertThat(sourceItemsIn(workspaceId())).isEqualTo(before);
    }

    @Test
    void createTrafficSource_acceptsTwentyTrackingFields_numberingTheirTokens() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.remove("trackingFields");
        input.put("trackingFields", fields(20));

        Map<String, Object> source = create(input);

        assertThat(at(source, "trackingFields.19"))
                .isEqualTo(Map.of("token", "{trackingField20}", "name", "field 19", "parameter", "p19", "macro", "{p19}"));
    }

    @Test
    void updateTrafficSource_replacesEverySetting_andBumpsTheVersion() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = Map.of("workspaceId", workspaceId(), "name", "Propeller Pop", "cost", parameter("price", "[PRICE]"),
                "defaultCostModel", Map.of("type", "AUTO"));

        Map<String, Object> updated = call("updateTrafficSource", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(updated, "errors")).isNull();
        Map<String, Object> source = source(updated, "updateTrafficSource");
        assertThat(source).containsEntry("name", "Propeller Pop")
                .containsEntry("externalId", null)
                .containsEntry("cost", Map.of("parameter", "price", "macro", "[PRICE]"))
                .containsEntry("trackingFields", List.of())
                .containsEntry("defaultCostModel", Map.of("type", "AUTO", "value", 0.0, "currency", "USD"))
                .containsEntry("notes", null)
                .containsEntry("version", 2)
                .containsEntry("createdAt", created.get("createdAt"));
        assertThat(source(call("trafficSource", Map.of("id", created.get("id"))), "trafficSource")).isEqualTo(source);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_acceptsASourceAndLanderOfItsWorkspace_andReadsThemBack() {
        Map<String, Object> source = create(fullInput());
        String landerId = createLander(account, workspaceId(), "Quiz");
        String offerId = world.createOffer(account, workspaceId());

        Map<String, Object> created = call("createCampaignWithReferences",
                Map.of("input", campaignInput(workspaceId(), source.get("id"), landerId, offerId)));
        Map<String, Object> read = call("campaignReferences", Map.of("id", at(created, "data.createCampaign.id")));

        assertThat(at(created, "errors")).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat(at(read, "data.campaign.trafficSource")).isEqualTo(Map.of("id", source.get("id"), "name", "PropellerAds Push"));
        assertThat((List<Map<String, Object>>) at(read, "data.campaign.paths.0.landers"))
                .containsExactly(Map.of("weight", 100, "lander", Map.of("id", landerId, "name", "Quiz")));
        assertThat(at(read, "data.campaign")).isEqualTo(at(created, "data.createCampaign"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_refusesASourceOrLanderOfAnotherWorkspace_namingTheField_andWritesNothing() {
        String otherWorkspace = world.createWorkspace(account, "Second");
        Map<String, Object> foreignInput = new HashMap<>(fullInput());
        foreignInput.put("workspaceId", otherWorkspace);
        Object foreignSource = create(foreignInput).get("id");
        String foreignLander = createLander(account, otherWorkspace, "Elsewhere");
        Object ownSource = create(fullInput()).get("id");
        String ownLander = createLander(account, workspaceId(), "Here");
        String offerId = world.createOffer(account, workspaceId());
        long before = campaignItemsIn(workspaceId());

        Map<String, Object> sourceReply = call("createCampaignWithReferences",
                Map.of("input", campaignInput(workspaceId(), foreignSource, ownLander, offerId)));
        Map<String, Object> landerReply = call("createCampaignWithReferences",
                Map.of("input", campaignInput(workspaceId(), ownSource, foreignLander, offerId)));

        assertThat(at(sourceReply, "data")).isNull();
        assertThat((Map<String, Object>) at(sourceReply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.trafficSourceId");
        assertThat(at(sourceReply, "errors.0.message"))
                .isEqualTo("input.trafficSourceId: Traffic source " + foreignSource + " belongs to another workspace.");
        assertThat((Map<String, Object>) at(landerReply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.paths.0.landers.0.landerId");
        assertThat(campaignItemsIn(workspaceId())).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_refusesAnotherAccountsSource_likeAMissingOne() {
        Object strangersSource = at(world.call(stranger, "createTrafficSource",
                Map.of("input", Map.of("workspaceId", stranger.workspace().id(), "name", "Theirs"))), "data.createTrafficSource.id");
        String offerId = world.createOffer(account, workspaceId());
        Map<String, Object> input = Map.of("workspaceId", workspaceId(), "name", "Borrowed", "trafficSourceId", strangersSource,
                "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId)))));

        Map<String, Object> reply = call("createCampaignWithReferences", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.trafficSourceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.trafficSourceId: No traffic source with id " + strangersSource + ".");
    }

    private static Map<String, Object> campaignInput(String workspaceId, Object trafficSourceId, Object landerId, String offerId) {
        return Map.of("workspaceId", workspaceId, "name", "Push DE", "trafficSourceId", trafficSourceId, "paths", List.of(Map.of(
                "name", "Main", "landers", List.of(Map.of("landerId", landerId)), "offers", List.of(Map.of("offerId", offerId)))));
    }

    private String createLander(AccountBootstrap.Bootstrapped caller, String workspaceId, String name) {
        Map<String, Object> created = world.call(caller, "createLander",
                Map.of("input", Map.of("workspaceId", workspaceId, "name", name, "url", "https://lander.example/")));
        assertThat(at(created, "errors")).isNull();
        return (String) at(created, "data.createLander.id");
    }

    private Map<String, Object> create(Map<String, Object> input) {
        Map<String, Object> created = call("createTrafficSource", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return source(created, "createTrafficSource");
    }

    private Map<String, Object> call(String operation, Map<String, Object> variables) {
        return world.call(account, operation, variables);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    private Map<String, Object> fullInput() {
        return EntityContracts.trafficSource().fullInput(account, workspaceId());
    }

    private long sourceItemsIn(String workspaceId) {
        return world.indexItems(Keys.trafficSourcesOf(workspaceId));
    }

    private long campaignItemsIn(String workspaceId) {
        return world.indexItems(Keys.campaignsOf(workspaceId));
    }

    /** Items stored under an index partition, counted straight from the table. */
}
