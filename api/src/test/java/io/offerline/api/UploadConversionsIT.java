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
        assertThat(at(stats, "stats.conversions")).isEqualTo(2);
        assertThat(at(stats, "stats.revenue")).isEqualTo(2.5);
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

    /** A visit of the account straight to the offer, as the visit function records it. */
    private String visit(AccountBootstrap.Bootstrapped owner, String offerId) {
        Instant now = world.clock.instant();
        Visit visit = new Visit(ClickIds.next(), owner.account().id(), owner.workspace().id(), "campaign", null, "Main", null, offerId, null,
                new Visitor("US", null, null, DeviceType.DESKTOP, null, null, null, null, null, null, null, false),
                null, null, null, null, null, VisitCost.NONE, null, now, now.plus(Duration.ofDays(35)));
        world.context.getBean(VisitRepository.class).record(visit);
        return visit.clickId();
    }
}
