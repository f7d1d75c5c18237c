package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.OfferFormIT.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.EcbRatesFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * updateCost against the real engine: the update is recorded in the events table, the stream
 * aggregator spreads it over the campaign's cells, and reports show it. Visits cost 0.02 each as
 * recorded; the range is 2026-11-02 and 2026-11-03 UTC, with visits on the day after it too.
 */
@ExtendWith(DynamoDbExtension.class)
class UpdateCostIT {

    private static final String UPDATE = """
            mutation($input: CostUpdateInput!) { updateCost(input: $input) {
              id campaignId from to timezone amount currency enteredAmount enteredCurrency filters { dimension values } } }""";
    private static final Instant DAY_ONE = Instant.parse("2026-11-02T00:00:00Z");

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private String campaign;
    private String otherCampaign;
    private String offerA;
    private String offerB;

    @BeforeEach
    void sendTraffic(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        owner = world.account("Buyer");
        String workspace = owner.workspace().id();
        offerA = world.createOffer(owner, workspace);
        offerB = world.createOffer(owner, workspace);
        campaign = campaign(workspace, offerA);
        otherCampaign = campaign(workspace, offerA);
        ReportTraffic traffic = new ReportTraffic(world.context.getBean(VisitRepository.class), world.context.getBean(ConversionRepository.class));
        ReportTraffic.Route toA = new ReportTraffic.Route(workspace, campaign, null, null, offerA, null);
        ReportTraffic.Route toB = new ReportTraffic.Route(workspace, campaign, null, null, offerB, null);
        // Offer A: 4 visits over both days and three buckets; offer B: 3 visits. Then a visit after the range, and another campaign's.
        for (int minutes : List.of(10, 11, 600, 1_500)) {
            traffic.visitAt(toA, DAY_ONE.plus(Duration.ofMinutes(minutes)));
        }
        for (int minutes : List.of(20, 2_000, 2_001)) {
            traffic.visitAt(toB, DAY_ONE.plus(Duration.ofMinutes(minutes)));
        }
        traffic.visitAt(toA, DAY_ONE.plus(Duration.ofDays(2)));
        traffic.visitAt(new ReportTraffic.Route(workspace, otherCampaign, null, null, offerA, null), DAY_ONE.plus(Duration.ofHours(3)));
        world.applyStream();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void updateCost_replacesTheCampaignsVisitCostInTheRange_splitByVisits_onceTheStreamHasAppliedIt() {
        Map<String, Object> update = data(world.post(owner.apiKey(), UPDATE, Map.of("input", input("10.01", null))), "updateCost");

        assertThat(costs(campaign, "2026-11-02", "2026-11-03")).as("before the stream applies it")
                .containsEntry(offerA, new BigDecimal("0.08")).containsEntry(offerB, new BigDecimal("0.06"));
        world.applyStream();

        Map<String, BigDecimal> costs = costs(campaign, "2026-11-02", "2026-11-03");
        assertThat(update).containsEntry("amount", 10.01).containsEntry("currency", "USD").containsEntry("timezone", "UTC");
        assertThat(costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10.01");
        // 10.01 over 7 visits: offer A's 4 get 5.72, offer B's 3 get 4.29, each within a cent.
        assertThat(costs.get(offerA)).isBetween(new BigDecimal("5.71"), new BigDecimal("5.73"));
        assertThat(costs.get(offerB)).isBetween(new BigDecimal("4.28"), new BigDecimal("4.30"));
        assertThat(costs(campaign, "2026-11-04", "2026-11-04")).as("the day after the range").containsEntry(offerA, new BigDecimal("0.02"));
        assertThat(costs(otherCampaign, "2026-11-02", "2026-11-03")).as("another campaign").containsEntry(offerA, new BigDecimal("0.02"));
    }

    @Test
    void aLaterUpdateOfTheSameRange_replacesTheEarlierOne_andAFilteredOne_onlyItsCells() {
        world.post(owner.apiKey(), UPDATE, Map.of("input", input("10.00", null)));
        world.applyStream();
        world.post(owner.apiKey(), UPDATE, Map.of("input", input("3.50", null)));
        world.applyStream();
        Map<String, BigDecimal> replaced = costs(campaign, "2026-11-02", "2026-11-03");

        world.post(owner.apiKey(), UPDATE, Map.of("input", input("1.00", List.of(Map.of("dimension", "OFFER", "values", List.of(offerB))))));
        world.applyStream();

        assertThat(replaced.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("3.50");
        assertThat(replaced.get(offerA)).isEqualByComparingTo("2.00");
        assertThat(replaced.get(offerB)).isEqualByComparingTo("1.50");
        Map<String, BigDecimal> filtered = costs(campaign, "2026-11-02", "2026-11-03");
        assertThat(filtered.get(offerA)).isEqualByComparingTo("2.00");
        assertThat(filtered.get(offerB)).isEqualByComparingTo("1.00");
    }

    @Test
    void updateCost_inAnotherCurrency_isConvertedOnce_andInANewYorkDay_coversThatDaysVisits() {
        Map<String, Object> input = new HashMap<>(input("9.30", null));
        input.put("currency", "EUR");
        input.put("timezone", "America/New_York");
        input.put("from", "2026-11-03");
        input.put("to", "2026-11-03");
        EcbRatesFixture.saveTo(world.context.getBean(ExchangeRates.class));

        Map<String, Object> update = data(world.post(owner.apiKey(), UPDATE, Map.of("input", input)), "updateCost");
        world.applyStream();

        BigDecimal amount = new BigDecimal(update.get("amount").toString());
        assertThat(update).containsEntry("enteredAmount", 9.3).containsEntry("enteredCurrency", "EUR").containsEntry("currency", "USD");
        assertThat(amount).isNotEqualByComparingTo("9.30");
        // 2026-11-03 in New York is 05:00Z to 05:00Z next day: offer A's visit at 01:00Z on the 3rd is outside it.
        Map<String, BigDecimal> costs = costsIn(campaign, "2026-11-03", "2026-11-03", "America/New_York");
        assertThat(costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }

    @Test
    void updateCost_ofABadInput_namesTheField_andChangesNothing() {
        Map<String, Object> negative = input("-1", null);
        Map<String, Object> reversed = new HashMap<>(input("1", null));
        reversed.put("to", "2026-11-01");
        Map<String, Object> unknown = new HashMap<>(input("1", null));
        unknown.put("campaignId", "no-such-campaign");
        Map<String, Object> badZone = new HashMap<>(input("1", null));
        badZone.put("timezone", "Mars/Olympus");

        for (Map.Entry<Map<String, Object>, String> bad : Map.of(negative, "input.amount", reversed, "input.to", unknown, "input.campaignId",
                badZone, "input.timezone").entrySet()) {
            Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), UPDATE, Map.of("input", bad.getKey())));
            assertThat(at(reply, "errors.0.extensions.field")).as(bad.getValue()).isEqualTo(bad.getValue());
        }
        AccountBootstrap.Bootstrapped stranger = world.account("Stranger");
        Map<String, Object> intrusion = ApiWorld.parse(world.post(stranger.apiKey(), UPDATE, Map.of("input", input("1", null))));
        assertThat(at(intrusion, "errors.0.extensions.field")).isEqualTo("input.campaignId");
        world.applyStream();
        assertThat(costs(campaign, "2026-11-02", "2026-11-03")).containsEntry(offerA, new BigDecimal("0.08"));
    }

    private Map<String, Object> input(String amount, List<Map<String, Object>> filters) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("campaignId", campaign, "from", "2026-11-02", "to", "2026-11-03",
                "timezone", "UTC", "amount", new BigDecimal(amount)));
        if (filters != null) {
            input.put("filters", filters);
        }
        return input;
    }

    private Map<String, BigDecimal> costs(String campaignId, String from, String to) {
        return costsIn(campaignId, from, to, "UTC");
    }

    /** The cost of each offer of the campaign in the report of those days. */
    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> costsIn(String campaignId, String from, String to, String timezone) {
        Map<String, Object> report = data(world.post(owner.apiKey(), """
                query($input: ReportInput!) { report(input: $input) { rows { dimensions { value } metrics { cost } } } }""",
                Map.of("input", Map.of("from", from, "to", to, "timezone", timezone, "groupBy", List.of("OFFER"),
                        "filters", List.of(Map.of("dimension", "CAMPAIGN", "values", List.of(campaignId)))))), "report");
        Map<String, BigDecimal> costs = new HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("rows")) {
            costs.put((String) at(row, "dimensions.0.value"), new BigDecimal(at(row, "metrics.cost").toString()));
        }
        return costs;
    }

    private String campaign(String workspaceId, String offerId) {
        return (String) data(world.post(owner.apiKey(), ApiWorld.operation("createCampaign"), Map.of("input", Map.of("workspaceId", workspaceId,
                "name", "Push " + offerId, "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId))))))),
                "createCampaign").get("id");
    }
}
