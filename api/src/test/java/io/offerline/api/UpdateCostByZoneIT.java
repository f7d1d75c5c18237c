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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * updateCost and the traffic source's zones (tracking field 1), whose cells are a family of their
 * own: the cost per zone and per offer both follow the visits. Offer A has zone z1's 3 visits and
 * z2's 1, offer B zone z3's 2 and one visit without a zone.
 */
@ExtendWith(DynamoDbExtension.class)
class UpdateCostByZoneIT {

    private static final String UPDATE = "mutation($input: CostUpdateInput!) { updateCost(input: $input) { id amount } }";
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private String campaign;
    private String offerA;
    private String offerB;

    @BeforeEach
    void sendTraffic(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        owner = world.account("Zones");
        String workspace = owner.workspace().id();
        String push = (String) data(world.post(owner.apiKey(), ApiWorld.operation("createTrafficSource"), Map.of("input", Map.of(
                "workspaceId", workspace, "name", "Push", "trackingFields", List.of(Map.of("name", "zone", "parameter", "zoneid",
                        "macro", "{zoneid}"))))), "createTrafficSource").get("id");
        offerA = world.createOffer(owner, workspace);
        offerB = world.createOffer(owner, workspace);
        campaign = (String) data(world.post(owner.apiKey(), ApiWorld.operation("createCampaign"), Map.of("input", Map.of("workspaceId",
                workspace, "name", "Push US", "trafficSourceId", push, "paths", List.of(Map.of("name", "Main", "offers",
                        List.of(Map.of("offerId", offerA))))))), "createCampaign").get("id");
        VisitRepository visits = world.context.getBean(VisitRepository.class);
        int minute = 0;
        for (String[] visit : new String[][] {{offerA, "z1"}, {offerA, "z1"}, {offerA, "z1"}, {offerA, "z2"}, {offerB, "z3"},
                {offerB, "z3"}, {offerB, null}}) {
            visits.record(visit(workspace, push, visit[0], visit[1], AT.plus(Duration.ofMinutes(7L * minute++))));
        }
        world.applyStream();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void anUpdateOfTheCampaign_costsEachZoneAndEachOffer_byItsVisits() {
        world.post(owner.apiKey(), UPDATE, Map.of("input", input("7.00", null)));
        world.applyStream();

        assertThat(costs("TRACKING_FIELD_1")).isEqualTo(Map.of("z1", new BigDecimal("3"), "z2", new BigDecimal("1"), "z3",
                new BigDecimal("2")));
        assertThat(costs("OFFER")).isEqualTo(Map.of(offerA, new BigDecimal("4"), offerB, new BigDecimal("3")));
    }

    @Test
    void anUpdateOfOneZone_replacesThatZonesCost_andMovesItsOffersCostByTheDifference() {
        world.post(owner.apiKey(), UPDATE, Map.of("input", input("7.00", null)));
        world.applyStream();

        world.post(owner.apiKey(), UPDATE, Map.of("input", input("6.00", List.of(Map.of("dimension", "TRACKING_FIELD_1",
                "values", List.of("z1"))))));
        world.applyStream();

        assertThat(costs("TRACKING_FIELD_1")).isEqualTo(Map.of("z1", new BigDecimal("6"), "z2", new BigDecimal("1"), "z3",
                new BigDecimal("2")));
        assertThat(costs("OFFER")).isEqualTo(Map.of(offerA, new BigDecimal("7"), offerB, new BigDecimal("3")));
    }

    @Test
    void anUpdateOfOneZoneAndOneOs_isRefused_forTheZonesCellsDoNotKeepTheOs() {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), UPDATE, Map.of("input", input("1.00", List.of(
                Map.of("dimension", "TRACKING_FIELD_1", "values", List.of("z1")), Map.of("dimension", "OS", "values", List.of("Android")))))));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.filters");
    }

    private Map<String, Object> input(String amount, List<Map<String, Object>> filters) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("campaignId", campaign, "from", "2026-11-02", "to", "2026-11-02",
                "timezone", "UTC", "amount", new BigDecimal(amount)));
        if (filters != null) {
            input.put("filters", filters);
        }
        return input;
    }

    /** The campaign's cost by one dimension, trailing zeros left out. */
    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> costs(String dimension) {
        Map<String, Object> report = data(world.post(owner.apiKey(), """
                query($input: ReportInput!) { report(input: $input) { rows { dimensions { value } metrics { cost } } } }""",
                Map.of("input", Map.of("from", "2026-11-02", "to", "2026-11-02", "groupBy", List.of(dimension),
                        "filters", List.of(Map.of("dimension", "CAMPAIGN", "values", List.of(campaign)))))), "report");
        Map<String, BigDecimal> costs = new HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("rows")) {
            costs.put((String) at(row, "dimensions.0.value"), new BigDecimal(at(row, "metrics.cost").toString()).stripTrailingZeros());
        }
        return costs;
    }

    private Visit visit(String workspace, String trafficSource, String offerId, String zone, Instant at) {
        Visitor visitor = new Visitor("US", null, null, DeviceType.MOBILE, null, null, "Android", "14", "Chrome Mobile", null, null, false);
        List<String> trackingFields = new ArrayList<>();
        trackingFields.add(zone);
        return new Visit(ClickIds.next(), owner.account().id(), workspace, campaign, trafficSource, "Main", null, offerId, null, visitor, null,
                null, null, null, null, VisitCost.NONE, zone == null ? List.of() : trackingFields, at, at.plus(Duration.ofDays(3650)), null);
    }
}
