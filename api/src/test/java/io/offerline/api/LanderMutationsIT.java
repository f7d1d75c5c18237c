package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TestDynamo;
import java.util.Collections;
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

/** Landers through GraphQL: every field, each validation rule, versions, archive, lists, other accounts, campaigns that use them. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanderMutationsIT {

    private static final String URL = "https://lander.example/quiz?c={campaign_id}&z={trackingField1}";

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    @SuppressWarnings("unchecked")
    void createLander_isRejectedNamingTheField_andWritesNothing_whenAValueIsInvalid(
            String rule, String key, Object value, String field, String messagePart) {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put(key, value);
        long before = landerItemsIn(workspaceId());

        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createLander"), Map.of("input", input));

        Map<String, Object> body = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(at(body, "data")).isNull();
        assertThat((Map<String, Object>) at(body, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field);
        assertThat((String) at(body, "errors.0.message")).startsWith(field + ": ").contains(messagePart);
        assertThat(landerItemsIn(workspaceId())).isEqualTo(before);
    }

    Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("empty name", "name", "  ", "input.name", "must not be empty"),
                Arguments.of("long name", "name", "n".repeat(256), "input.name", "255"),
                Arguments.of("empty URL", "url", " ", "input.url", "must not be empty"),
                Arguments.of("URL not http", "url", "ftp://lander.example/", "input.url", "http://"),
                Arguments.of("URL without host", "url", "https:///path", "input.url", "host"),
                Arguments.of("unknown token", "url", "https://lander.example/?x={nope}", "input.url", "{nope}"),
                Arguments.of("no call to action", "callsToAction", 0, "input.callsToAction", "1 to 20"),
                Arguments.of("too many calls to action", "callsToAction", 21, "input.callsToAction", "1 to 20"),
                Arguments.of("long notes", "notes", "n".repeat(10_001), "input.notes", "10000"),
                Arguments.of("empty tag", "tags", List.of("ok", " "), "input.tags.1", "1 to 64"),
                Arguments.of("long tag", "tags", List.of("t".repeat(65)), "input.tags.0", "1 to 64"),
                Arguments.of("too many tags", "tags", Collections.nCopies(51, "x"), "input.tags", "At most 50"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createLander_inAnotherAccountsWorkspace_answersAsIfItDidNotExist_andWritesNothing() {
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", stranger.workspace().id());
        long before = landerItemsIn(stranger.workspace().id());

        Map<String, Object> reply = call("createLander", Map.of("input", input));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.workspaceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.workspaceId: No workspace with id " + stranger.workspace().id() + ".");
        assertThat(landerItemsIn(stranger.workspace().id())).isEqualTo(before);
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
    void updateLander_withAStaleVersion_isAConflict_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        call("archiveLander", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> before = lander(call("lander", Map.of("id", created.get("id"))), "lander");
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("name", "Renamed");

        Map<String, Object> reply = call("updateLander", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "data")).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat((String) at(reply, "errors.0.message")).contains("version 1");
        assertThat(lander(call("lander", Map.of("id", created.get("id"))), "lander")).isEqualTo(before);
        assertThat(before).containsEntry("name", "Quiz DE").containsEntry("version", 2);
    }

    @Test
    void archiveLander_withAStaleVersion_isAConflict() {
        Map<String, Object> created = create(fullInput());
        call("archiveLander", Map.of("id", created.get("id"), "version", 1));

        Map<String, Object> reply = call("restoreLander", Map.of("id", created.get("id"), "version", 1));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat(lander(call("lander", Map.of("id", created.get("id"))), "lander")).containsEntry("archived", true)
                .containsEntry("version", 2);
    }

    @Test
    void updateLander_intoAnotherWorkspace_isRejected_andChangesNothing() {
        Map<String, Object> created = create(fullInput());
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", secondWorkspace(account));

        Map<String, Object> reply = call("updateLander", Map.of("id", created.get("id"), "version", 1, "input", input));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.workspaceId");
        assertThat(lander(call("lander", Map.of("id", created.get("id"))), "lander")).containsEntry("version", 1);
    }

    @Test
    void archiveAndRestore_moveTheLanderBetweenTheActiveAndArchivedLists() {
        AccountBootstrap.Bootstrapped lister = world.account("Archiver");
        String workspace = lister.workspace().id();
        String id = (String) at(callAs(lister, "createLander",
                Map.of("input", Map.of("workspaceId", workspace, "name", "Seasonal", "url", "https://season.example/"))), "data.createLander.id");

        Map<String, Object> archived = callAs(lister, "archiveLander", Map.of("id", id, "version", 1));
        List<String> activeAfterArchive = world.allNames(lister.apiKey(), "landers", workspace, null);
        List<String> archivedList = world.allNames(lister.apiKey(), "landers", workspace, Map.of("archived", true));
        Map<String, Object> restored = callAs(lister, "restoreLander", Map.of("id", id, "version", 2));
        List<String> activeAfterRestore = world.allNames(lister.apiKey(), "landers", workspace, null);

        assertThat(at(archived, "data.archiveLander")).isEqualTo(Map.of("id", id, "archived", true, "version", 2));
        assertThat(activeAfterArchive).isEmpty();
        assertThat(archivedList).containsExactly("Seasonal");
        assertThat(at(restored, "data.restoreLander")).isEqualTo(Map.of("id", id, "archived", false, "version", 3));
        assertThat(activeAfterRestore).containsExactly("Seasonal");
    }

    @Test
    void landers_pagesThroughEveryLanderExactlyOnce_andFiltersByName_whenFirstIsTwo() {
        AccountBootstrap.Bootstrapped lister = world.account("Lister");
        String workspace = lister.workspace().id();
        List<String> names = List.of("Quiz US", "Advertorial", "quiz DE", "Presell", "Quiz BR");
        for (String name : names) {
            callAs(lister, "createLander", Map.of("input", Map.of("workspaceId", workspace, "name", name, "url", "https://l.example/")));
        }

        List<String> all = allPages(lister, workspace, null);
        List<String> quizzes = allPages(lister, workspace, Map.of("search", "QUIZ"));

        // Landers created within the same microsecond may list in either order; each must appear exactly once.
        assertThat(all).hasSize(names.size()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(quizzes).containsExactlyInAnyOrder("Quiz US", "quiz DE", "Quiz BR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherAccount_seesNull_andCannotChangeTheLander() {
        Map<String, Object> created = create(fullInput());

        Map<String, Object> read = callAs(stranger, "lander", Map.of("id", created.get("id")));
        Map<String, Object> archive = callAs(stranger, "archiveLander", Map.of("id", created.get("id"), "version", 1));
        Map<String, Object> missing = callAs(stranger, "archiveLander", Map.of("id", "no-such-lander", "version", 1));
        Map<String, Object> update = callAs(stranger, "updateLander", Map.of("id", created.get("id"), "version", 1,
                "input", Map.of("workspaceId", stranger.workspace().id(), "name", "Hijacked", "url", "https://evil.example/")));
        Map<String, Object> list = callAs(stranger, "landers", Map.of("workspaceId", workspaceId()));

        assertThat(at(read, "data.lander")).isNull();
        assertThat(at(read, "errors")).isNull();
        assertThat((Map<String, Object>) at(archive, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(archive, "errors.0.message")).isEqualTo("id: No lander with id " + created.get("id") + ".");
        assertThat(at(missing, "errors.0.message")).isEqualTo("id: No lander with id no-such-lander.");
        assertThat((Map<String, Object>) at(update, "errors.0.extensions")).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(at(list, "errors.0.extensions.field")).isEqualTo("workspaceId");
        assertThat(lander(call("lander", Map.of("id", created.get("id"))), "lander")).containsEntry("archived", false).containsEntry("version", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createCampaign_acceptsALanderOfItsWorkspace_andReadsItBack() {
        Map<String, Object> lander = create(fullInput());
        String offerId = createOffer(account, workspaceId());

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
        String otherWorkspace = secondWorkspace(account);
        Map<String, Object> input = new HashMap<>(fullInput());
        input.put("workspaceId", otherWorkspace);
        Object foreignLander = create(input).get("id");
        Object strangersLander = at(callAs(stranger, "createLander", Map.of("input",
                Map.of("workspaceId", stranger.workspace().id(), "name", "Theirs", "url", "https://theirs.example/"))), "data.createLander.id");
        String offerId = createOffer(account, workspaceId());
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
        return world.allNames(caller.apiKey(), "landers", workspaceId, filter);
    }

    private Map<String, Object> create(Map<String, Object> input) {
        Map<String, Object> created = call("createLander", Map.of("input", input));
        assertThat(at(created, "errors")).isNull();
        return lander(created, "createLander");
    }

    private Map<String, Object> call(String operation, Map<String, Object> variables) {
        return callAs(account, operation, variables);
    }

    private Map<String, Object> callAs(AccountBootstrap.Bootstrapped caller, String operation, Map<String, Object> variables) {
        return ApiWorld.parse(world.post(caller.apiKey(), ApiWorld.operation(operation), variables));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lander(Map<String, Object> reply, String field) {
        return (Map<String, Object>) at(reply, "data." + field);
    }

    private String workspaceId() {
        return account.workspace().id();
    }

    private Map<String, Object> fullInput() {
        Map<String, Object> input = new HashMap<>();
        input.put("workspaceId", workspaceId());
        input.put("name", " Quiz DE ");
        input.put("url", URL);
        input.put("callsToAction", 3);
        input.put("notes", "Three offers.\nOne quiz.");
        input.put("tags", List.of("quiz", " DE", "quiz"));
        return input;
    }

    private long landerItemsIn(String workspaceId) {
        return itemsIn(Keys.landersOf(workspaceId));
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
