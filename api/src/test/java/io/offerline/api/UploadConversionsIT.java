package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.OfferFormIT.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.account.Role;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** uploadConversions: rows judged like postbacks, for the caller's own clicks only. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadConversionsIT {

    private static final String UPLOAD = "mutation($rows: [ConversionUploadRow!]!) { uploadConversions(rows: $rows) { row clickId outcome reason } }";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Uploader");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadConversions_answersEachRow_andCountsOnlyWhatThePostbackRulesAccept() {
        String offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(account.workspace().id(), "Uploaded"))), "createOffer").get("id");
        String clickId = visit(account, offerId);
        AccountBootstrap.Bootstrapped stranger = world.account("Stranger");
        String strangersClick = visit(stranger, offerId);

        List<Map<String, Object>> results = (List<Map<String, Object>>) at(ApiWorld.parse(world.post(account.apiKey(), UPLOAD,
                Map.of("rows", List.of(
                        Map.of("clickId", clickId, "payout", 10, "txid", "U-1", "status", "pending"),
                        Map.of("clickId", clickId, "payout", 10, "txid", "U-1", "status", "pending"),
                        Map.of("clickId", clickId, "txid", "U-1", "status", "declined"),
                        Map.of("clickId", clickId, "payout", 4, "txid", "U-2", "time", world.clock.instant().toString()),
                        Map.of("clickId", clickId, "payout", -1.5, "txid", "U-3"),
                        Map.of("clickId", strangersClick, "payout", 99, "txid", "X"),
                        Map.of("clickId", clickId, "txid", "U-4", "status", "maybe"))))), "data.uploadConversions");

        assertThat(results).extracting(result -> result.get("outcome")).containsExactly("ACCEPTED", "DUPLICATE", "STATUS_UPDATED",
                "ACCEPTED", "ACCEPTED", "UNKNOWN_CLICK", "INVALID_PARAMETER");
        assertThat(results).extracting(result -> result.get("row")).containsExactly(0, 1, 2, 3, 4, 5, 6);
        world.applyStream();
        Map<String, Object> stats = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");
        assertThat(at(stats, "stats.conversions")).isEqualTo(1); // U-2; U-3 is a correction
        assertThat(at(stats, "stats.revenue")).isEqualTo(2.5);
    }

    @Test
    void aCorrection_adjustsRevenue_withoutAddingAConversion() {
        String offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(account.workspace().id(), "Refunded"))), "createOffer").get("id");
        String clickId = visit(account, offerId);
        world.post(account.apiKey(), UPLOAD, Map.of("rows", List.of(Map.of("clickId", clickId, "payout", 10, "txid", "SALE-1"))));
        world.applyStream();
        Map<String, Object> before = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");

        Map<String, Object> refund = ApiWorld.parse(world.post(account.apiKey(), UPLOAD, Map.of("rows", List.of(
                Map.of("clickId", clickId, "payout", -4, "txid", "REFUND-1")))));
        world.applyStream();

        Map<String, Object> after = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");
        assertThat(at(refund, "data.uploadConversions.0.outcome")).isEqualTo("ACCEPTED");
        assertThat(at(before, "stats.conversions")).isEqualTo(1);
        assertThat(at(after, "stats.conversions")).isEqualTo(1);
        assertThat(at(before, "stats.revenue")).isEqualTo(10.0);
        assertThat(at(after, "stats.revenue")).isEqualTo(6.0);
    }

    @Test
    void conversionTypes_decideWhatCounts_andUndefinedTypesCountFully() {
        String offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(account.workspace().id(), "Typed"))), "createOffer").get("id");
        String clickId = visit(account, offerId);
        Map<String, Object> saved = data(world.post(account.apiKey(),
                "mutation { saveConversionType(input: {key: \"lead\", name: \"Lead\", countsAsRevenue: false}) "
                        + "{ key name countsAsConversion countsAsRevenue } }", Map.of()), "saveConversionType");
        Map<String, Object> badKey = ApiWorld.parse(world.post(account.apiKey(),
                "mutation { saveConversionType(input: {key: \"no spaces\", name: \"X\"}) { key } }", Map.of()));

        world.post(account.apiKey(), UPLOAD, Map.of("rows", List.of(
                Map.of("clickId", clickId, "payout", 5, "txid", "L-1", "type", "lead"),
                Map.of("clickId", clickId, "payout", 7, "txid", "S-1", "type", "sale"))));

        assertThat(saved).isEqualTo(Map.of("key", "lead", "name", "Lead", "countsAsConversion", true, "countsAsRevenue", false));
        assertThat(at(badKey, "errors.0.extensions.field")).isEqualTo("input.key");
        assertThat(at(ApiWorld.parse(world.post(account.apiKey(), "{ conversionTypes { key } }", Map.of())), "data.conversionTypes"))
                .isEqualTo(List.of(Map.of("key", "lead")));
        world.applyStream();
        Map<String, Object> stats = data(world.post(account.apiKey(), ApiWorld.operation("offerStats"), Map.of("id", offerId)), "offer");
        assertThat(at(stats, "stats.conversions")).isEqualTo(2);
        assertThat(at(stats, "stats.revenue")).isEqualTo(7.0);
    }

    @Test
    void uploadConversions_withTooManyRows_isRefusedWhole() {
        List<Map<String, Object>> rows = java.util.Collections.nCopies(1_001, Map.of("clickId", "x"));

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), UPLOAD, Map.of("rows", rows)));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("rows");
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadedTimes_beforeTheVisit_orAheadOfTheClock_refuseTheirRow_andTheWindowRunsFromTheVisit() {
        String offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(account.workspace().id(), "Timed"))), "createOffer").get("id");
        Instant now = world.clock.instant();
        Instant visitedAt = now.minus(Duration.ofDays(34));
        String clickId = visit(account, account.workspace().id(), offerId, visitedAt);
        String freshClickId = visit(account, offerId);

        List<Map<String, Object>> results = (List<Map<String, Object>>) at(ApiWorld.parse(world.post(account.apiKey(), UPLOAD,
                Map.of("rows", List.of(
                        Map.of("clickId", clickId, "payout", 1, "txid", "T-1", "time", visitedAt.minusSeconds(1).toString()),
                        Map.of("clickId", clickId, "payout", 1, "txid", "T-2", "time", now.plus(Duration.ofHours(1)).toString()),
                        Map.of("clickId", clickId, "payout", 1, "txid", "T-3", "time", visitedAt.plus(Duration.ofDays(31)).toString()),
                        Map.of("clickId", clickId, "payout", 1, "txid", "T-4", "time", visitedAt.plus(Duration.ofDays(2)).toString()),
                        Map.of("clickId", freshClickId, "payout", 1, "txid", "T-5", "time", now.plus(Duration.ofMinutes(4)).toString()))))),
                "data.uploadConversions");

        assertThat(results).extracting(result -> result.get("outcome"))
                .containsExactly("INVALID_PARAMETER", "INVALID_PARAMETER", "EXPIRED_CLICK", "ACCEPTED", "ACCEPTED");
        assertThat((String) results.get(0).get("reason")).contains("before the visit");
        assertThat((String) results.get(1).get("reason")).contains("in the future");
    }

    /** A visit of the account straight to the offer, as the visit function records it. */
    @Test
    void aClickOfAnUnassignedPrivateWorkspace_isUnknownToAWorker_andKnownToTheOwner() {
        Map<String, Object> workspace = data(world.post(account.apiKey(), """
                mutation { createWorkspace(input: {name: "Private", visibility: PRIVATE}) { id } }""", Map.of()), "createWorkspace");
        String privateWorkspace = (String) workspace.get("id");
        String offerId = (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"),
                Map.of("input", OfferFormIT.minimalInput(privateWorkspace, "Private offer"))), "createOffer").get("id");
        String clickId = visit(account, privateWorkspace, offerId);
        String worker = world.keyOf(account, world.createUser(account, "uploader@team.example", Role.WORKER, List.of()));

        Map<String, Object> byWorker = ApiWorld.parse(world.post(worker, UPLOAD, Map.of("rows", List.of(Map.of("clickId", clickId, "txid", "W")))));
        Map<String, Object> missing = ApiWorld.parse(world.post(worker, UPLOAD, Map.of("rows", List.of(Map.of("clickId", "unknown-click",
                "txid", "W")))));
        Map<String, Object> byOwner = ApiWorld.parse(world.post(account.apiKey(), UPLOAD, Map.of("rows", List.of(Map.of("clickId", clickId,
                "txid", "O")))));

        assertThat(at(byWorker, "data.uploadConversions.0.outcome")).isEqualTo("UNKNOWN_CLICK");
        assertThat(at(byWorker, "data.uploadConversions.0.reason").toString().replace(clickId, "ID"))
                .isEqualTo(at(missing, "data.uploadConversions.0.reason").toString().replace("unknown-click", "ID"));
        assertThat(at(byOwner, "data.uploadConversions.0.outcome")).isEqualTo("ACCEPTED");
    }

    private String visit(AccountBootstrap.Bootstrapped owner, String offerId) {
        return visit(owner, owner.workspace().id(), offerId, world.clock.instant());
    }

    private String visit(AccountBootstrap.Bootstrapped owner, String workspaceId, String offerId) {
        return visit(owner, workspaceId, offerId, world.clock.instant());
    }

    private String visit(AccountBootstrap.Bootstrapped owner, String workspaceId, String offerId, Instant now) {
        Visit visit = new Visit(ClickIds.next(), owner.account().id(), workspaceId, "campaign", null, "Main", null, offerId, null,
                new Visitor("US", null, null, DeviceType.DESKTOP, null, null, null, null, null, null, null, false),
                null, null, null, null, null, VisitCost.NONE, null, now, now.plus(Duration.ofDays(35)));
        world.context.getBean(VisitRepository.class).record(visit);
        return visit.clickId();
    }
}
