package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.TestDynamo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An input with several bad values answers every one of them at once, one {@code BAD_USER_INPUT}
 * error per field with its path, and nothing is written: what a form needs to show them together.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationErrorsIT {

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private String workspaceId;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Forms");
        workspaceId = account.workspace().id();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createOffer_namesEveryBadField_nestedOnesAtTheirIndex_andStoresNothing() {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("workspaceId", workspaceId, "name", " ", "url", "ftp://offer.example/",
                "tags", List.of("ok", ""),
                "payout", Map.of("mode", "MANUAL", "defaultValue", -1, "currency", "EUR",
                        "geo", List.of(Map.of("country", "DE", "value", 2), Map.of("country", "XX", "value", 1),
                                Map.of("country", "FR", "value", -3))),
                "keywords", List.of(Map.of("value", "a", "weight", 5), Map.of("value", " ", "weight", -1)),
                "cap", Map.of("limit", -5, "timezone", "Mars/Base", "fallbackUrl", "nope")));

        long before = world.indexItems(Keys.offersOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createOffer", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.tags.1", "input.url", "input.payout.defaultValue",
                "input.payout.geo.1.country", "input.payout.geo.2.value", "input.keywords.1.value", "input.keywords.1.weight",
                "input.cap.limit", "input.cap.timezone", "input.cap.fallbackUrl");
        assertThat(world.indexItems(Keys.offersOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void createOffer_answersAsTheApiGuideShows() throws Exception {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "", "url", "https://offer.example/",
                "payout", Map.of("mode", "MANUAL", "currency", "USD", "geo", List.of(Map.of("country", "DE", "value", 2),
                        Map.of("country", "XX", "value", 1))),
                "keywords", List.of(Map.of("value", "spring", "weight", -1)), "cap", Map.of("limit", -5));

        HttpReply reply = world.post(account.apiKey(), "mutation($input: OfferInput!) { createOffer(input: $input) { id } }",
                Map.of("input", input));

        Matcher example = Pattern.compile("(?s)```json\\n(\\{\"errors\":\\[\\n.*?)```").matcher(Docs.read(Docs.ROOT.resolve("docs/api.md")));
        assertThat(example.find()).as("the example of several errors in docs/api.md").isTrue();
        assertThat(ApiWorld.parse(reply)).isEqualTo(new ObjectMapper().readValue(example.group(1), Map.class));
    }

    @Test
    void createOffer_stillNamesTheDraftsFields_whenThePayoutItselfIsRefused() {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Sweeps", "url", "https://offer.example/?s={nope}",
                "payout", Map.of("mode", "AUTO", "currency", "ZZZ", "geo", List.of(Map.of("country", "DE", "value", 2))),
                "appendClickId", true);

        long before = world.indexItems(Keys.offersOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createOffer", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.appendClickId", "input.url", "input.payout.currency", "input.payout.geo");
        assertThat(world.indexItems(Keys.offersOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void updateOffer_namesEveryBadField_andKeepsTheStoredOffer() {
        String offerId = world.createOffer(account, workspaceId);
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "", "url", "https://{host}/",
                "payout", Map.of("mode", "MANUAL", "currency", "USD"), "cap", Map.of("limit", 10, "fallbackOfferId", offerId));

        Map<String, Object> answer = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, version: 1, input: $input) { id } }""",
                Map.of("id", offerId, "input", input)));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.url", "input.cap.fallbackOfferId");
        Map<String, Object> read = ApiWorld.parse(world.post(account.apiKey(), "query($id: ID!) { offer(id: $id) { name version } }",
                Map.of("id", offerId)));
        assertThat(at(read, "data.offer")).isEqualTo(Map.of("name", "Sweeps", "version", 1));
    }

    @Test
    void createCampaign_namesEveryBadFieldOfItsPathsRulesAndCostModel_andStoresNothing() {
        String offerId = world.createOffer(account, workspaceId);
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Push", "fallbackUrl", "mailto:me@example.com",
                "costModel", Map.of("type", "REVSHARE", "value", 150, "currency", "QQQ"),
                "paths", List.of(
                        Map.of("name", "Main", "weight", -1, "offers", List.of(Map.of("offerId", offerId), Map.of("offerId", "no-such-offer"))),
                        Map.of("name", " ", "offers", List.of(Map.of("offerId", offerId, "weight", -2)),
                                "landers", List.of(Map.of("landerId", "no-such-lander")),
                                "rules", List.of(Map.of("dimension", "COUNTRY", "values", List.of("DE", "XX")),
                                        Map.of("dimension", "DEVICE_TYPE", "values", List.of("TOASTER"))))));

        long before = world.indexItems(Keys.campaignsOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createCampaign", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.fallbackUrl", "input.costModel.currency", "input.costModel.value",
                "input.paths.0.weight", "input.paths.0.offers.1.offerId", "input.paths.1.name", "input.paths.1.offers.0.weight",
                "input.paths.1.landers.0.landerId", "input.paths.1.rules.0.values.1", "input.paths.1.rules.1.values.0");
        assertThat(world.indexItems(Keys.campaignsOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void createLander_namesEveryBadField_andStoresNothing() {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "", "url", "https://lander.example/{nope}",
                "callsToAction", 21, "tags", List.of("x".repeat(65)));

        long before = world.indexItems(Keys.landersOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createLander", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.url", "input.callsToAction", "input.tags.0");
        assertThat(world.indexItems(Keys.landersOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void createTrafficSource_namesEveryBadFieldOfItsParametersAndPostback_andStoresNothing() {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "",
                "externalId", Map.of("parameter", "click id", "macro", "{clickid}"),
                "cost", Map.of("parameter", "cost", "macro", "{cost}"),
                "trackingFields", List.of(Map.of("name", "zone", "parameter", "cost", "macro", "a b")),
                "defaultCostModel", Map.of("type", "CPC", "value", -1, "currency", "QQQ"),
                "postback", Map.of("url", "https://{host}/pb", "sendPercent", 101));

        long before = world.indexItems(Keys.trafficSourcesOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createTrafficSource", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.externalId.parameter", "input.trackingFields.0.macro",
                "input.trackingFields.0.parameter", "input.defaultCostModel.currency", "input.defaultCostModel.value",
                "input.postback.url", "input.postback.sendPercent");
        assertThat(world.indexItems(Keys.trafficSourcesOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void createAffiliateNetwork_namesEveryBadField_andStoresNothing() {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", " ", "clickIdParam", "click id", "currency", "QQQ",
                "attributionWindowDays", 31, "postbackIpAllowlist", List.of("203.0.113.7", "not-an-ip", "10.0.0.1/99"),
                "postbackSecret", "short");

        long before = world.indexItems(Keys.networksOf(workspaceId));
        Map<String, Object> answer = world.call(account, "createAffiliateNetwork", Map.of("input", input));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.clickIdParam", "input.currency",
                "input.attributionWindowDays", "input.postbackIpAllowlist.1", "input.postbackIpAllowlist.2", "input.postbackSecret");
        assertThat(world.indexItems(Keys.networksOf(workspaceId))).isEqualTo(before);
    }

    @Test
    void createUser_namesEveryBadField_andStoresNothing() {
        Map<String, Object> answer = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: UserInput!) { createUser(input: $input) { id } }""",
                Map.of("input", Map.of("name", "", "email", "not-an-email", "role", "WORKER"))));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.email");
        Map<String, Object> users = ApiWorld.parse(world.post(account.apiKey(), "{ users { id } }", Map.of()));
        assertThat((List<?>) at(users, "data.users")).hasSize(1);
    }

    @Test
    void createApiKey_namesEveryBadField_andIssuesNoKey() {
        String userId = account.ownerUserId();
        Map<String, Object> answer = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }""",
                Map.of("input", Map.of("userId", userId, "name", " ", "expiresAt", "2001-01-01T00:00:00Z"))));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.expiresAt");
        Map<String, Object> keys = ApiWorld.parse(world.post(account.apiKey(), "query($userId: ID!) { apiKeys(userId: $userId) { id } }",
                Map.of("userId", userId)));
        assertThat((List<?>) at(keys, "data.apiKeys")).hasSize(1);
    }

    @Test
    void saveConversionType_namesEveryBadField_andStoresNothing() {
        Map<String, Object> answer = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: ConversionTypeInput!) { saveConversionType(input: $input) { key } }""",
                Map.of("input", Map.of("key", "has space", "name", ""))));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.key", "input.name");
        Map<String, Object> types = ApiWorld.parse(world.post(account.apiKey(), "{ conversionTypes { key } }", Map.of()));
        assertThat((List<?>) at(types, "data.conversionTypes")).isEmpty();
    }

    @Test
    void updateAccount_namesEveryBadField_andKeepsTheSettings() {
        Map<String, Object> answer = ApiWorld.parse(world.post(account.apiKey(), """
                mutation($input: AccountInput!) { updateAccount(input: $input) { name } }""",
                Map.of("input", Map.of("name", "", "truncateIps", true, "reportTimezone", "Mars/Base"))));

        assertThat(fields(answer)).containsExactlyInAnyOrder("input.name", "input.reportTimezone");
        Map<String, Object> viewer = ApiWorld.parse(world.post(account.apiKey(), "{ viewer { account { name truncateIps } } }", Map.of()));
        assertThat(at(viewer, "data.viewer.account")).isEqualTo(Map.of("name", "Forms", "truncateIps", false));
    }

    /** The field of every error, each checked to be a {@code BAD_USER_INPUT} whose message starts with it; no data. */
    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> answer) {
        assertThat(answer.get("data")).isNull();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(extensions).containsEntry("code", "BAD_USER_INPUT");
            assertThat((String) error.get("message")).startsWith(extensions.get("field") + ": ");
        });
        return errors.stream().map(error -> (String) ((Map<String, Object>) error.get("extensions")).get("field")).toList();
    }
}
