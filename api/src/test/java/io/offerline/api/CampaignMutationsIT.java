package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.OfferFormIT.data;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Campaigns through GraphQL: paths with rules, cost models, versions, archive, lists and validation. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignMutationsIT {

    private static final String FIELDS = """
            id name trafficSourceId trackingType costModel { type value currency } fallbackUrl archived version
            paths { name weight rules { dimension operator values } landers { landerId weight } offers { weight offer { id } } }
            """;

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private String offerId;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
        offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(account.workspace().id(), "Offer"))), "createOffer").get("id");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createCampaign_roundTripsPathsRulesAndCostModel() {
        Map<String, Object> input = input("Geo split");
        input.put("costModel", Map.of("type", "CPC", "value", 0.05, "currency", "eur"));
        input.put("fallbackUrl", "https://fallback.example/");
        input.put("paths", List.of(
                Map.of("name", "DACH mobile", "rules", List.of(
                        Map.of("dimension", "COUNTRY", "values", List.of("de", "AT")),
                        Map.of("dimension", "DEVICE_TYPE", "operator", "NOT_IN", "values", List.of("DESKTOP"))),
                        "offers", List.of(Map.of("offerId", offerId, "weight", 7))),
                Map.of("name", "Rest", "weight", 50, "offers", List.of(Map.of("offerId", offerId)))));

        Map<String, Object> created = create(input);
        Map<String, Object> read = data(world.post(account.apiKey(), "query($id: ID!) { campaign(id: $id) { " + FIELDS + " } }",
                Map.of("id", created.get("id"))), "campaign");

        assertThat(read).isEqualTo(created);
        assertThat(read.get("costModel")).isEqualTo(Map.of("type", "CPC", "value", 0.05, "currency", "EUR"));
        assertThat(at(read, "paths.0.rules")).isEqualTo(List.of(
                Map.of("dimension", "COUNTRY", "operator", "IN", "values", List.of("de", "AT")),
                Map.of("dimension", "DEVICE_TYPE", "operator", "NOT_IN", "values", List.of("DESKTOP"))));
        assertThat(at(read, "paths.0.offers.0")).isEqualTo(Map.of("weight", 7, "offer", Map.of("id", offerId)));
        assertThat(read).containsEntry("trackingType", "REDIRECT").containsEntry("version", 1).containsEntry("archived", false);
    }

    @Test
    void trackingUrl_carriesTheTrafficSourcesParametersAndMacros() {
        String sourceId = (String) data(world.post(account.apiKey(),
                "mutation($input: TrafficSourceInput!) { createTrafficSource(input: $input) { id } }",
                Map.of("input", Map.of("workspaceId", account.workspace().id(), "name", "Push network",
                        "externalId", Map.of("parameter", "clickid", "macro", "{clickid}"),
                        "cost", Map.of("parameter", "cost", "macro", "{cost}"),
                        "trackingFields", List.of(Map.of("name", "zone", "parameter", "zoneid", "macro", "[ZONE]"))))),
                "createTrafficSource").get("id");
        Map<String, Object> input = input("With source");
        input.put("trafficSourceId", sourceId);

        Map<String, Object> created = data(world.post(account.apiKey(),
                "mutation($input: CampaignInput!) { createCampaign(input: $input) { id trackingUrl trafficSource { name } } }",
                Map.of("input", input)), "createCampaign");
        Map<String, Object> plain = data(world.post(account.apiKey(),
                "mutation($input: CampaignInput!) { createCampaign(input: $input) { id trackingUrl } }",
                Map.of("input", input("Without source"))), "createCampaign");

        assertThat(created.get("trackingUrl"))
                .isEqualTo(ApiWorld.BASE_URL + "/c/" + created.get("id") + "?clickid={clickid}&cost={cost}&zoneid=[ZONE]");
        assertThat(at(created, "trafficSource.name")).isEqualTo("Push network");
        assertThat(plain.get("trackingUrl")).isEqualTo(ApiWorld.BASE_URL + "/c/" + plain.get("id"));
    }

    @Test
    void createCampaign_direct_refusesAPathWithoutLandersWhoseOfferHasDirectTrackingOff() {
        Map<String, Object> input = input("Direct to a plain offer");
        input.put("trackingType", "DIRECT");

        assertRejected(input, "input.paths.0.offers.0.offerId");
    }

    @Test
    void trackingUrl_ofADirectCampaign_isTheScriptTagOfItsPage() {
        Map<String, Object> directOffer = OfferFormIT.minimalInput(account.workspace().id(), "Direct offer");
        directOffer.put("directTracking", true);
        String directOfferId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input", directOffer)),
                "createOffer").get("id");
        String landerId = (String) data(world.post(account.apiKey(), "mutation($input: LanderInput!) { createLander(input: $input) { id } }",
                Map.of("input", Map.of("workspaceId", account.workspace().id(), "name", "Quiz", "url", "https://lander.example/"))),
                "createLander").get("id");
        Map<String, Object> toOffer = input("Direct to the offer");
        toOffer.put("trackingType", "DIRECT");
        toOffer.put("paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", directOfferId)))));
        Map<String, Object> throughLanders = input("Direct through landers");
        throughLanders.put("trackingType", "DIRECT");
        throughLanders.put("paths", List.of(Map.of("name", "A", "landers", List.of(Map.of("landerId", landerId)),
                "offers", List.of(Map.of("offerId", offerId))), Map.of("name", "B", "offers", List.of(Map.of("offerId", directOfferId)))));

        Map<String, Object> single = trackingUrlOf(toOffer);
        Map<String, Object> several = trackingUrlOf(throughLanders);

        assertThat(single.get("trackingUrl")).isEqualTo("<script src=\"" + ApiWorld.BASE_URL + "/dt.js?campaign=" + single.get("id")
                + "&offer=" + directOfferId + "\" async></script>");
        assertThat(several.get("trackingUrl")).isEqualTo("<script src=\"" + ApiWorld.BASE_URL + "/dt.js?campaign=" + several.get("id")
                + "&lander=LANDER_ID\" async></script>");
    }

    @Test
    void createCampaign_withoutCostModel_isNotTrackedInTheAccountsCurrency() {
        Map<String, Object> created = create(input("Free traffic"));

        assertThat(created.get("costModel")).isEqualTo(Map.of("type", "NOT_TRACKED", "value", 0.0, "currency", "USD"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "COUNTRY | ZZ | input.paths.0.rules.0.values.0",
        "DEVICE_TYPE | PHABLET | input.paths.0.rules.0.values.0",
        "CONNECTION_TYPE | MOBILE,DIALUP | input.paths.0.rules.0.values.1",
        "TRACKING_FIELD_1 | zone123 | input.paths.0.rules.0.dimension"})
    void createCampaign_rejectsABadRule_namingTheField(String dimension, String values, String field) {
        Map<String, Object> input = input("Bad rule");
        input.put("paths", List.of(Map.of("name", "P", "rules", List.of(Map.of("dimension", dimension, "values", List.of(values.split(",")))),
                "offers", List.of(Map.of("offerId", offerId)))));

        assertRejected(input, field);
    }

    @Test
    void createCampaign_rejectsAPathWhoseOffersCanNeverBeChosen() {
        Map<String, Object> input = input("Zero");
        input.put("paths", List.of(Map.of("name", "P", "offers", List.of(Map.of("offerId", offerId, "weight", 0)))));

        assertRejected(input, "input.paths.0.offers");
    }

    @Test
    void createCampaign_rejectsAnUnknownLander() {
        Map<String, Object> input = input("Lander");
        input.put("paths", List.of(Map.of("name", "P", "landers", List.of(Map.of("landerId", "nope")),
                "offers", List.of(Map.of("offerId", offerId)))));

        assertRejected(input, "input.paths.0.landers.0.landerId");
    }

    @Test
    void createCampaign_rejectsAutoCostWithoutTrafficSource() {
        Map<String, Object> input = input("Auto");
        input.put("costModel", Map.of("type", "AUTO"));

        assertRejected(input, "input.costModel.type");
    }

    @Test
    void createCampaign_rejectsARevenueShareOver100Percent() {
        Map<String, Object> input = input("Revshare");
        input.put("costModel", Map.of("type", "REVSHARE", "value", 120));

        assertRejected(input, "input.costModel.value");
    }

    @Test
    void createCampaign_rejectsAnOfferOfAnotherAccount() {
        AccountBootstrap.Bootstrapped stranger = world.account("Stranger");
        String theirs = (String) data(world.post(stranger.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(stranger.workspace().id(), "Theirs"))), "createOffer").get("id");
        Map<String, Object> input = input("Borrowed");
        input.put("paths", List.of(Map.of("name", "P", "offers", List.of(Map.of("offerId", theirs)))));

        assertRejected(input, "input.paths.0.offers.0.offerId");
    }

    private void assertRejected(Map<String, Object> input, String field) {
        long before = names(account.workspace().id(), Map.of()).size();

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(),
                "mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }", Map.of("input", input)));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo(field);
        assertThat(names(account.workspace().id(), Map.of())).hasSize((int) before);
    }

    private Map<String, Object> trackingUrlOf(Map<String, Object> input) {
        return data(world.post(account.apiKey(), "mutation($input: CampaignInput!) { createCampaign(input: $input) { id trackingUrl } }",
                Map.of("input", input)), "createCampaign");
    }

    private Map<String, Object> create(Map<String, Object> input) {
        return data(world.post(account.apiKey(), "mutation($input: CampaignInput!) { createCampaign(input: $input) { " + FIELDS + " } }",
                Map.of("input", input)), "createCampaign");
    }

    @SuppressWarnings("unchecked")
    private List<Object> names(String workspaceId, Map<String, Object> filter) {
        Map<String, Object> connection = data(world.post(account.apiKey(),
                "query($ws: ID!, $filter: CampaignFilter) { campaigns(workspaceId: $ws, filter: $filter, first: 100) { edges { node { name } } } }",
                Map.of("ws", workspaceId, "filter", filter)), "campaigns");
        return ((List<Map<String, Object>>) connection.get("edges")).stream().map(edge -> at(edge, "node.name")).toList();
    }

    private Map<String, Object> input(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("workspaceId", account.workspace().id());
        input.put("name", name);
        input.put("paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId)))));
        return input;
    }
}
