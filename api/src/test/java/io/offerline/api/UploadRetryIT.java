package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.OfferFormIT.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.StorageFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * uploadConversions while storage fails, on the real engine with injected faults: each row says
 * whether it was applied, and a client that sends a partly applied upload again applies nothing
 * twice, rows without txid of a network that counts repeated postbacks included.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadRetryIT {

    private static final String UPLOAD = "mutation($rows: [ConversionUploadRow!]!) { uploadConversions(rows: $rows) "
            + "{ row outcome reason applied } }";

    private final StorageFaults faults = new StorageFaults();
    private TestDynamo dynamo;
    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        world = new ApiWorld(dynamo, faults);
        account = world.account("Uploader");
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void aPartlyAppliedUpload_sentAgain_appliesOnlyTheRestOnce_andSaysWhichRowsWereApplied() {
        String offerId = offerOfANetworkThatCountsRepeats();
        String clickId = visit(offerId);
        Instant at = world.clock.instant().minus(Duration.ofHours(1));
        List<Map<String, Object>> rows = List.of(
                Map.of("clickId", clickId, "payout", 1, "time", at.toString()),
                Map.of("clickId", clickId, "payout", 2, "time", at.plusSeconds(60).toString()),
                Map.of("clickId", clickId, "payout", 4, "txid", "R-3"),
                Map.of("clickId", clickId, "payout", 8));
        faults.on("PutItem", request -> conversionWithAmount(request, "2")).throttle(-1);

        List<Map<String, Object>> first = upload(rows);
        faults.clear();
        List<Map<String, Object>> again = upload(rows);
        List<Map<String, Object>> third = upload(rows);

        assertThat(first).extracting(row -> row.get("outcome")).containsExactly("ACCEPTED", "TRY_AGAIN", "TRY_AGAIN", "TRY_AGAIN");
        assertThat(first).extracting(row -> row.get("applied")).containsExactly(true, false, false, false);
        assertThat((String) first.get(2).get("reason")).startsWith("Not tried");
        assertThat(again).extracting(row -> row.get("outcome")).containsExactly("DUPLICATE", "ACCEPTED", "ACCEPTED", "ACCEPTED");
        assertThat(again).extracting(row -> row.get("applied")).containsExactly(false, true, true, true);
        assertThat(third).extracting(row -> row.get("outcome")).containsOnly("DUPLICATE");
        world.applyStream();
        Map<String, Object> stats = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");
        assertThat(at(stats, "stats.conversions")).isEqualTo(4);
        assertThat(at(stats, "stats.revenue")).isEqualTo(15.0);
    }

    @Test
    void aStatusChangeRow_sentAgain_isADuplicate() {
        String offerId = offerOfANetworkThatCountsRepeats();
        String clickId = visit(offerId);
        upload(List.of(Map.of("clickId", clickId, "payout", 3, "txid", "S-1")));

        List<Map<String, Object>> declined = upload(List.of(Map.of("clickId", clickId, "txid", "S-1", "status", "declined")));
        List<Map<String, Object>> again = upload(List.of(Map.of("clickId", clickId, "txid", "S-1", "status", "declined")));

        assertThat(declined).extracting(row -> row.get("outcome"), row -> row.get("applied"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STATUS_UPDATED", true));
        assertThat(again).extracting(row -> row.get("outcome"), row -> row.get("applied"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DUPLICATE", false));
    }

    @Test
    void aDeclineRow_afterTheVisitWasDeleted_isApplied_forTheOwnerOnly() {
        String offerId = offerOfANetworkThatCountsRepeats();
        String clickId = visit(offerId);
        upload(List.of(Map.of("clickId", clickId, "payout", 6, "txid", "D-1")));
        // What DynamoDB's TTL does to the raw visit after 35 days; the conversion is kept 180.
        dynamo.client().deleteItem(request -> request.tableName(dynamo.tables().events())
                .key(Map.of("pk", AttributeValue.fromS("CLICK#" + clickId), "sk", AttributeValue.fromS("VISIT"))));
        AccountBootstrap.Bootstrapped stranger = world.account("Stranger");

        Object byStranger = at(ApiWorld.parse(world.post(stranger.apiKey(), UPLOAD, Map.of("rows",
                List.of(Map.of("clickId", clickId, "txid", "D-1", "status", "declined"))))), "data.uploadConversions.0.outcome");
        List<Map<String, Object>> byOwner = upload(List.of(Map.of("clickId", clickId, "txid", "D-1", "status", "declined")));

        assertThat(byStranger).isEqualTo("UNKNOWN_CLICK");
        assertThat(byOwner.get(0).get("outcome")).isEqualTo("STATUS_UPDATED");
        world.applyStream();
        Map<String, Object> stats = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");
        assertThat(at(stats, "stats.conversions")).isEqualTo(0);
        assertThat(at(stats, "stats.revenue")).isEqualTo(0.0);
    }

    private static boolean conversionWithAmount(software.amazon.awssdk.core.SdkRequest request, String amount) {
        Map<String, AttributeValue> item = ((PutItemRequest) request).item();
        return item.get("sk").s().startsWith("CONVERSION#") && item.containsKey("amount")
                && new java.math.BigDecimal(item.get("amount").n()).compareTo(new java.math.BigDecimal(amount)) == 0;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> upload(List<Map<String, Object>> rows) {
        return (List<Map<String, Object>>) at(ApiWorld.parse(world.post(account.apiKey(), UPLOAD, Map.of("rows", rows))),
                "data.uploadConversions");
    }

    private String offerOfANetworkThatCountsRepeats() {
        String networkId = (String) data(world.post(account.apiKey(), "mutation($ws: ID!) { createAffiliateNetwork(input: "
                + "{workspaceId: $ws, name: \"Repeats\", acceptDuplicatePostbacks: true}) { id } }",
                Map.of("ws", account.workspace().id())), "createAffiliateNetwork").get("id");
        Map<String, Object> input = new java.util.HashMap<>(OfferFormIT.minimalInput(account.workspace().id(), "Uploaded"));
        input.put("affiliateNetworkId", networkId);
        return (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input", input)), "createOffer").get("id");
    }

    /** A visit of the account straight to the offer, as the visit function records it. */
    private String visit(String offerId) {
        Instant now = world.clock.instant().minus(Duration.ofHours(2));
        Visit visit = new Visit(ClickIds.next(), account.account().id(), account.workspace().id(), "campaign", null, "Main", null, offerId,
                null, new Visitor("US", null, null, DeviceType.DESKTOP, null, null, null, null, null, null, null, false),
                null, null, null, null, null, VisitCost.NONE, null, now, now.plus(Duration.ofDays(35)));
        world.context.getBean(VisitRepository.class).record(visit);
        return visit.clickId();
    }
}
