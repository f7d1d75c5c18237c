package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TestDynamo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferMutationsIT {

    private TestDynamo dynamo;
    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createOffer_returnsTheOffer_andOfferReadsItBackWithZeroStats() {
        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", offerInput(account.workspace().id(), "https://offer.example/?s={cf_click_id}", "2.50"))));

        assertThat(at(created, "errors")).isNull();
        assertThat(at(created, "data.createOffer.name")).isEqualTo("Sweeps US");
        assertThat(at(created, "data.createOffer.version")).isEqualTo(1);
        assertThat(at(created, "data.createOffer.workspace.name")).isEqualTo("Default");
        assertThat(at(created, "data.createOffer.payout")).isEqualTo(Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "USD"));
        String id = (String) at(created, "data.createOffer.id");

        Map<String, Object> read = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", id)));

        assertThat(at(read, "data.offer.stats")).isEqualTo(Map.of("visits", 0, "clicks", 0, "conversions", 0, "revenue", 0.0));
    }

    @Test
    void createCampaign_linksItsOffers_andGivesTheTrackingUrl() {
        String offerId = createOffer("https://offer.example/?s={cf_click_id}");

        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("createCampaign"),
                Map.of("input", Map.of("workspaceId", account.workspace().id(), "name", "Push US",
                        "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId))))))));

        assertThat(at(created, "errors")).isNull();
        String campaignId = (String) at(created, "data.createCampaign.id");
        assertThat(at(created, "data.createCampaign.trackingUrl")).isEqualTo(ApiWorld.BASE_URL + "/c/" + campaignId);
        assertThat(at(created, "data.createCampaign.paths.0.weight")).isEqualTo(100);
        assertThat(at(created, "data.createCampaign.paths.0.offers.0.offer.id")).isEqualTo(offerId);
    }

    @Test
    void createOffer_rejectsAUrlThatIsNotHttp_namingTheField_andWritesNothing() {
        assertRejected(offerInput(account.workspace().id(), "javascript:alert(1)", "1"), "input.url", "http:// or https://");
    }

    @Test
    void createOffer_rejectsAnUnknownToken_namingIt() {
        assertRejected(offerInput(account.workspace().id(), "https://offer.example/?s={clickid}", "1"), "input.url", "{clickid}");
    }

    @Test
    void createOffer_rejectsANegativePayout() {
        assertRejected(offerInput(account.workspace().id(), "https://offer.example/", "-1"), "input.payout.defaultValue", "negative");
    }

    @Test
    void createOffer_rejectsAnEmptyName() {
        Map<String, Object> input = new java.util.HashMap<>(offerInput(account.workspace().id(), "https://offer.example/", "1"));
        input.put("name", "   ");

        assertRejected(input, "input.name", "must not be empty");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createOffer_inAnotherAccountsWorkspace_answersAsIfItDidNotExist() {
        AccountBootstrap.Bootstrapped stranger = world.account("Stranger");

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", offerInput(stranger.workspace().id(), "https://offer.example/", "1"))));

        assertThat((Map<String, Object>) at(reply, "errors.0.extensions"))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "input.workspaceId");
        assertThat(at(reply, "errors.0.message")).isEqualTo("input.workspaceId: No workspace with id " + stranger.workspace().id() + ".");
        assertThat(offerItemsIn(stranger.workspace().id())).isZero();
    }

    @Test
    void createOffer_rejectsAnUnknownCurrency() {
        assertRejected(Map.of("workspaceId", account.workspace().id(), "name", "X", "url", "https://offer.example/",
                "payout", Map.of("mode", "MANUAL", "defaultValue", 1, "currency", "XYZ")), "input.payout.currency", "'XYZ'");
    }

    @Test
    void createOffer_withAMisspelledEnum_failsValidationWith400_andWritesNothing() {
        long before = offerItemsIn(account.workspace().id());

        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input",
                Map.of("workspaceId", account.workspace().id(), "name", "X", "url", "https://offer.example/",
                        "payout", Map.of("mode", "MANUL", "currency", "USD"))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat((String) at(ApiWorld.parse(reply), "errors.0.message")).contains("MANUL");
        assertThat(offerItemsIn(account.workspace().id())).isEqualTo(before);
    }

    @Test
    void createOffer_rejectsGeoPayoutsWithAutoPayout() {
        assertRejected(with(validInput(), "payout", Map.of("mode", "AUTO", "currency", "USD",
                "geo", List.of(Map.of("country", "DE", "value", 2)))), "input.payout.geo", "MANUAL");
    }

    @Test
    void createOffer_rejectsAnUnknownGeoCountry() {
        assertRejected(with(validInput(), "payout", Map.of("mode", "MANUAL", "currency", "USD",
                "geo", List.of(Map.of("country", "XX", "value", 2)))), "input.payout.geo.0.country", "'XX'");
    }

    @Test
    void createOffer_rejectsTheSameGeoCountryTwice() {
        assertRejected(with(validInput(), "payout", Map.of("mode", "MANUAL", "currency", "USD",
                "geo", List.of(Map.of("country", "DE", "value", 2), Map.of("country", "de", "value", 3)))),
                "input.payout.geo.1.country", "DE");
    }

    @Test
    void createOffer_rejectsANegativeGeoPayout() {
        assertRejected(with(validInput(), "payout", Map.of("mode", "MANUAL", "currency", "USD",
                "geo", List.of(Map.of("country", "DE", "value", -2)))), "input.payout.geo.0.value", "negative");
    }

    @Test
    void createOffer_rejectsAppendClickIdWithoutNetwork() {
        assertRejected(with(validInput(), "appendClickId", true), "input.appendClickId", "affiliate network");
    }

    @Test
    void createOffer_rejectsAnUnknownNetwork() {
        assertRejected(with(validInput(), "affiliateNetworkId", "no-such-network"), "input.affiliateNetworkId", "no-such-network");
    }

    @Test
    void createOffer_rejectsANegativeCapLimit() {
        assertRejected(with(validInput(), "cap", Map.of("limit", -1)), "input.cap.limit", "negative");
    }

    @Test
    void createOffer_rejectsAnUnknownCapTimezone() {
        assertRejected(with(validInput(), "cap", Map.of("limit", 10, "timezone", "Mars/Olympus")), "input.cap.timezone", "Mars/Olympus");
    }

    @Test
    void createOffer_rejectsAFallbackOfferOfAnotherAccount() {
        AccountBootstrap.Bootstrapped stranger = world.account("Fallback owner");
        Map<String, Object> theirs = ApiWorld.parse(world.post(stranger.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", offerInput(stranger.workspace().id(), "https://offer.example/", "1"))));

        assertRejected(with(validInput(), "cap", Map.of("limit", 10, "fallbackOfferId", at(theirs, "data.createOffer.id"))),
                "input.cap.fallbackOfferId", "No offer");
    }

    @Test
    void createOffer_rejectsAStaticUrlThatIsNotHttp() {
        assertRejected(with(validInput(), "staticUrl", "ftp://files.example/"), "input.staticUrl", "http");
    }

    @Test
    void createOffer_rejectsKeywordsThatCanNeverBeChosen() {
        assertRejected(with(validInput(), "keywords", List.of(Map.of("value", "a", "weight", 0))), "input.keywords", "weight above 0");
    }

    @Test
    void createOffer_rejectsANegativeKeywordWeight() {
        assertRejected(with(validInput(), "keywords", List.of(Map.of("value", "a", "weight", -1))), "input.keywords.0.weight", "negative");
    }

    @Test
    void createOffer_rejectsAnEmptyTag() {
        assertRejected(with(validInput(), "tags", List.of(" ")), "input.tags.0", "tag");
    }

    @Test
    void createOffer_rejectsNotesOverTheLimit() {
        assertRejected(with(validInput(), "notes", "x".repeat(10_001)), "input.notes", "10000");
    }

    private String createOffer(String url) {
        Map<String, Object> created = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", offerInput(account.workspace().id(), url, "1"))));
        return (String) at(created, "data.createOffer.id");
    }

    private void assertRejected(Map<String, Object> input, String field, String messagePart) {
        long before = offerItemsIn(account.workspace().id());

        HttpReply reply = world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input", input));

        Map<String, Object> body = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(at(body, "data")).isNull();
        assertThat(at(body, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(body, "errors.0.extensions.field")).isEqualTo(field);
        assertThat((String) at(body, "errors.0.message")).startsWith(field + ": ").contains(messagePart);
        assertThat(offerItemsIn(account.workspace().id())).isEqualTo(before);
    }

    /** Offers stored under a workspace, counted straight from the table's index. */
    private long offerItemsIn(String workspaceId) {
        return dynamo.client().query(request -> request
                .tableName(dynamo.tables().config())
                .indexName(OfferlineTables.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", OfferlineTables.GSI1_PARTITION_KEY))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.offersOf(workspaceId)))))
                .count();
    }

    private Map<String, Object> validInput() {
        return offerInput(account.workspace().id(), "https://offer.example/?s={cf_click_id}", "1");
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(input);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> offerInput(String workspaceId, String url, String payout) {
        return Map.of("workspaceId", workspaceId, "name", "Sweeps US", "url", url,
                "payout", Map.of("mode", "MANUAL", "defaultValue", new java.math.BigDecimal(payout), "currency", "USD"));
    }
}
