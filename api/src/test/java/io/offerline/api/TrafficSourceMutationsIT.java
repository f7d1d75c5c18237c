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
import java.util.stream.IntStream;
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

/** Traffic sources through GraphQL: every field, each validation rule, versions, archive, lists, other accounts, campaigns that use them. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrafficSourceMutationsIT {

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    @SuppressWarnings("unchecked")
    void createTrafficSource_isRejectedNamingTheField_andWritesNothing_whenAValueIsInvalid(
            String rule, String key, Object value, String field, String messagePart) {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put(key, value);
        long before = sourceItemsIn(workspaceId());

        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createTrafficSource"), Map.of("input", input));

        Map<String, Object> body = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(at(body, "data")).isNull();
        assertThat((Map<String, Object>) at(body, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field);
        assertThat((String) at(body, "errors.0.message")).startsWith(field + ": ").contains(messagePart);
        assertThat(sourceItemsIn(workspaceId())).isEqualTo(before);
    }

    Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("empty name", "name", " ", "input.name", "must not be empty"),
                Arguments.of("bad external id parameter", "externalId", parameter("click id", "{clickid}"), "input.externalId.parameter",
                        "'click id'"),
                Arguments.of("long cost parameter", "cost", parameter("c".repeat(65), "{cost}"), "input.cost.parameter", "1 to 64"),
                Arguments.of("empty macro", "externalId", parameter("clickid", ""), "input.externalId.macro", "1 to 128"),
                Arguments.of("long macro", "cost", parameter("cost", "m".repeat(129)), "input.cost.macro", "1 to 128"),
                Arguments.of("macro breaking the query", "cost", parameter("cost", "{cost}&x=1"), "input.cost.macro", "&"),
                Arguments.of("parameter used twice", "cost", parameter("clickid", "{cost}"), "input.cost.parameter", "externalId"),
                Arguments.of("tracking field reusing a parameter", "trackingFields", List.of(field("zone", "zoneid"), field("site", "zoneid")),
                        "input.trackingFields.1.parameter", "'zoneid'"),
                Arguments.of("tracking field without name", "trackingFields", List.of(field(" ", "zoneid")), "input.trackingFields.0.name",
                        "must not be empty"),
                Arguments.of("bad tracking field parameter", "trackingFields", List.of(field("zone", "zone/id")),
                        "input.trackingFields.0.parameter", "'zone/id'"),
                Arguments.of("21 tracking fields", "trackingFields", fields(21), "input.trackingFields", "At most 20"),
                Arguments.of("negative cost", "defaultCostModel", Map.of("type", "CPC", "value", -1), "input.defaultCostModel.value",
                        "negative"),
                Arguments.of("revshare over 100", "defaultCostModel", Map.of("type", "REVSHARE", "value", 101),
                        "input.defaultCostModel.value", "0 to 100"),
                Arguments.of("bad currency", "defaultCostModel", Map.of("type", "CPC", "value", 1, "currency", "EURO"),
                        "input.defaultCostModel.currency", "'EURO'"),
                Arguments.of("long notes", "notes", "n".repeat(10_001), "input.notes", "10000"));
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
    @SuppressWarnings("unchecked")
    void createTrafficSource_inAnotherAccountsWorkspace_answersAsIfItDidNotExist_andWritesNothing() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", stranger.workspace().id());
        long before = sourceItemsIn(stranger.workspace().id());

        Map<String, Object> reply = call("createTrafficSource", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.workspaceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.workspaceId: No workspace with id " + stranger.workspace().id() + ".");
        assertThat(sourceItemsIn(stranger.workspace().id())).isEqualTo(before);
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
    void updateTrafficSource_withAStaleVersion_isAConflict_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        call("archiveTrafficSource", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> before = source(call("trafficSource", Map.of("id", created.get("id"))), "trafficSource");
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("name", "Renamed");

        Map<String, Object> reply = call("updateTrafficSource", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "data")).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat((String) at(reply, "errors.0.message")).contains("version 1");
        assertThat(source(call("trafficSource", Map.of("id", created.get("id"))), "trafficSource")).isEqualTo(before);
        assertThat(before).containsEntry("name", "PropellerAds Push").containsEntry("version", 2);
    }

    @Test
    void updateTrafficSource_intoAnotherWorkspace_isRejected_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", secondWorkspace(account));

        Map<String, Object> reply = call("updateTrafficSource", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.workspaceId");
        assertThat(source(call("trafficSource", Map.of("id", created.get("id"))), "trafficSource")).containsEntry("version", 1);
    }

    @Test
    void archiveAndRestore_moveTheSourceBetweenTheActiveAndArchivedLists() {
        AccountBootstrap.Bootstrapped lister = world.account("Archiver");
        String workspace = lister.workspace().id();
        String id = (String) at(callAs(lister, "createTrafficSource", Map.of("input", Map.of("workspaceId", workspace, "name", "Seasonal"))),
                "data.createTrafficSource.id");

        Map<String, Object> archived = callAs(lister, "archiveTrafficSource", Map.of("id", id, "version", 1));
        List<String> activeAfterArchive = world.allNames(lister.apiKey(), "trafficSources", workspace, null);
        List<String> archivedList = world.allNames(lister.apiKey(), "trafficSources", workspace, Map.of("archived", true));
        Map<String, Object> stale = callAs(lister, "restoreTrafficSource", Map.of("id", id, "version", 1));
        Map<String, Object> restored = callAs(lister, "restoreTrafficSource", Map.of("id", id, "version", 2));
        List<String> activeAfterRestore = world.allNames(lister.apiKey(), "trafficSources", workspace, null);

        assertThat(at(archived, "data.archiveTrafficSource")).isEqualTo(Map.of("id", id, "archived", true, "version", 2));
        assertThat(activeAfterArchive).isEmpty();
        assertThat(archivedList).containsExactly("Seasonal");
        assertThat(at(stale, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat(at(restored, "data.restoreTrafficSource")).isEqualTo(Map.of("id", id, "archived", false, "version", 3));
        assertThat(activeAfterRestore).containsExactly("Seasonal");
    }

    @Test
    void trafficSources_pagesThroughEverySourceExactlyOnce_andFiltersByName_whenFirstIsTwo() {
        AccountBootstrap.Bootstrapped lister = world.account("Lister");
        String workspace = lister.workspace().id();
        List<String> names = List.of("Propeller Push", "Zeropark", "PROPELLER Pop", "Meta", "Propeller Native");
        for (String name : names) {
            callAs(lister, "createTrafficSource", Map.of("input", Map.of("workspaceId", workspace, "name", name)));
        }

        List<String> all = allPages(lister, workspace, null);
        List<String> propeller = allPages(lister, workspace, Map.of("search", "propeller"));

        // Sources created within the same microsecond may list in either order; each must appear exactly once.
        assertThat(all).hasSize(names.size()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(propeller).containsExactlyInAnyOrder("Propeller Push", "PROPELLER Pop", "Propeller Native");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherAccount_seesNull_andCannotChangeTheSource() {
        Map<String, Object> created = create(fullInput());

        Map<String, Object> read = callAs(stranger, "trafficSource", Map.of("id", created.get("id")));
        Map<String, Object> archive = callAs(stranger, "archiveTrafficSource", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> missing = callAs(stranger, "archiveTrafficSource", Map.of("id", "no-such-source", "version", 1));
        Map<String, Object> update = callAs(stranger, "updateTrafficSource", Map.of("id", created.get("id"), "version", 1,
                "input", Map.of("workspaceId", stranger.workspace().id(), "name", "Hijacked")));

        assertThat(at(read, "data.trafficSource")).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat((Map<String, Object>) at(archive, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(archive, "errors.0.message")).isEqualTo("id: No traffic source with id " + created.get("id") + ".");
        assertThat(at(missing, "errors.0.message")).isEqualTo("id: No traffic source with id no-such-source.");
        assertThat((Map<String, Object>) at(update, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(source(call("trafficSource", Map.of("id", created.get("id"))), "trafficSource"))
                .containsEntry("archived", false).containsEntry("version", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_acceptsASourceAndLanderOfItsWorkspace_andReadsThemBack() {
        Map<String, Object> source = create(fullInput());
        String landerId = createLander(account, workspaceId(), "Quiz");
        String offerId = createOffer(account, workspaceId());

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
        String otherWorkspace = secondWorkspace(account);
        Map<String, Object> foreignInput = new HashMap<>(fullInput());
        foreignInput.put("workspaceId", otherWorkspace);
        Object foreignSource = create(foreignInput).get("id");
        String foreignLander = createLander(account, otherWorkspace, "Elsewhere");
        Object ownSource = create(fullInput()).get("id");
        String ownLander = createLander(account, workspaceId(), "Here");
        String offerId = createOffer(account, workspaceId());
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
        Object strangersSource = at(callAs(stranger, "createTrafficSource",
                Map.of("input", Map.of("workspaceId", stranger.workspace().id(), "name", "Theirs"))), "data.createTrafficSource.id");
        String offerId = createOffer(account, workspaceId());
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
        Map<String, Object> created = callAs(caller, "createLander",
                Map.of("input", Map.of("workspaceId", workspaceId, "name", name, "url", "https://lander.example/")));
        assertThat(at(created, "errors")).isNull();
        return (String) at(created, "data.createLander.id");
    }

    private String createOffer(AccountBootstrap.Bootstrapped caller, String workspaceId) {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Sweeps", "url", "https://offer.example/?c={cf_click_id}",
                "payout", Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "USD"));
        Map<String, Object> created = callAs(caller, "createOffer", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return (String) at(created, "data.createOffer.id");
    }

    private String secondWorkspace(AccountBootstrap.Bootstrapped caller) {
        Map<String, Object> created = ApiWorld.parse(world.post(caller.apiKey(),
                "mutation { createWorkspace(input: {name: \"Second\"}) { id } }", Map.of()));
        assertThat(at(created, "errors")).isNull();
        return (String) at(created, "data.createWorkspace.id");
    }

    private List<String> allPages(AccountBootstrap.Bootstrapped caller, String workspaceId, Map<String, Object> filter) {
        return world.allNames(caller.apiKey(), "trafficSources", workspaceId, filter);
    }

    private Map<String, Object> create(Map<String, Object> input) {
        Map<String, Object> created = call("createTrafficSource", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return source(created, "createTrafficSource");
    }

    private Map<String, Object> call(String operation, Map<String, Object> variables) {
        return callAs(account, operation, variables);
    }

    private Map<String, Object> callAs(AccountBootstrap.Bootstrapped caller, String operation, Map<String, Object> variables) {
        return ApiWorld.parse(world.post(caller.apiKey(), ApiWorld.operation(operation), variables));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    private static Map<String, Object> parameter(String parameter, String macro) {
        return Map.of("parameter", parameter, "macro", macro);
    }

    private static Map<String, Object> field(String name, String parameter) {
        return Map.of("name", name, "parameter", parameter, "macro", "{" + parameter + "}");
    }

    private static List<Map<String, Object>> fields(int count) {
        return IntStream.range(0, count).mapToObj(index -> field("field " + index, "p" + index)).toList();
    }

    private Map<String, Object> fullInput() {
        Map<String, Object> input = new HashMap<>();
        input.put("workspaceId", workspaceId());
        input.put("name", " PropellerAds Push ");
        input.put("externalId", parameter(" clickid", "${SUBID}"));
        input.put("cost", parameter("cost", "{cost}"));
        input.put("trackingFields", List.of(field("zone", "zoneid"), Map.of("name", "creative", "parameter", "bannerid", "macro", "[BANNER]")));
        input.put("defaultCostModel", Map.of("type", "CPM", "value", 1.25, "currency", "eur"));
        input.put("notes", "Pays weekly.");
        return input;
    }

    private long sourceItemsIn(String workspaceId) {
        return itemsIn(Keys.trafficSourcesOf(workspaceId));
    }

    private long campaignItemsIn(String workspaceId) {
        return itemsIn(Keys.campaignsOf(workspaceId));
    }

    /** Items stored under an index partition, counted straight from the table. */
    private long itemsIn(String partition) {
        return dynamo.client().query(request -> request
                .tableName(dynamo.tables().config())
                .indexName(OfferlineTables.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", OfferlineTables.GSI1_PARTITION_KEY))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))))
                .count();
    }
}
