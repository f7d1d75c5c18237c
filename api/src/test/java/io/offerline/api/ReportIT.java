package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.dynamodb.TestTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports through GraphQL over a generated traffic set, aggregated from the real events stream:
 * every expected figure is summed from the traffic's own parts, not through the stats code.
 * The traffic spans 2026-10-31 to 2026-11-02 UTC, across New York's fall-back on 2026-11-01.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    private static final Instant START = Instant.parse("2026-10-31T00:00:00Z");
    private static final String FROM = "2026-10-30";
    private static final String TO = "2026-11-03";
    /** Between the generated traffic and today's ({@code TestTime.NOW}). */
    private static final String QUIET_DAY = "2026-11-10";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private AccountBootstrap.Bootstrapped stranger;
    private String otherWorkspace;
    private String networkId;
    private final Map<String, String> offerIds = new LinkedHashMap<>();
    private final Map<String, String> campaignIds = new LinkedHashMap<>();
    private ReportTraffic traffic;
    private ReportTraffic today;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        owner = world.account("Reporter");
        stranger = world.account("Stranger");
        String workspace = owner.workspace().id();
        otherWorkspace = (String) data(owner, "mutation { createWorkspace(input: {name: \"Second\"}) { id } }", Map.of(),
                "createWorkspace").get("id");
        networkId = (String) data(owner, "mutation($ws: ID!) { createAffiliateNetwork(input: {workspaceId: $ws, name: \"Net A\"}) { id } }",
                Map.of("ws", workspace), "createAffiliateNetwork").get("id");
        offerIds.put("Offer A", offer(workspace, "Offer A", networkId));
        offerIds.put("Offer B", offer(workspace, "Offer B", null));
        offerIds.put("Offer C", offer(otherWorkspace, "Offer C", null));
        campaignIds.put("Campaign 1", campaign(workspace, "Campaign 1", offerIds.get("Offer A")));
        campaignIds.put("Campaign 2", campaign(workspace, "Campaign 2", offerIds.get("Offer B")));
        campaignIds.put("Campaign 3", campaign(otherWorkspace, "Campaign 3", offerIds.get("Offer C")));
        String trafficSource = (String) data(owner, "mutation($ws: ID!) { createTrafficSource(input: {workspaceId: $ws, name: \"Push\"}) { id } }",
                Map.of("ws", workspace), "createTrafficSource").get("id");
        String lander = (String) data(owner, """
                mutation($ws: ID!) { createLander(input: {workspaceId: $ws, name: "Quiz", url: "https://lander.example/"}) { id } }""",
                Map.of("ws", workspace), "createLander").get("id");
        traffic = new ReportTraffic(world.context.getBean(VisitRepository.class), world.context.getBean(ConversionRepository.class));
        List<ReportTraffic.Route> routes = List.of(
                new ReportTraffic.Route(workspace, campaignIds.get("Campaign 1"), trafficSource, null, offerIds.get("Offer A"), networkId),
                new ReportTraffic.Route(workspace, campaignIds.get("Campaign 1"), trafficSource, null, offerIds.get("Offer B"), null),
                new ReportTraffic.Route(workspace, campaignIds.get("Campaign 2"), null, null, offerIds.get("Offer B"), null),
                new ReportTraffic.Route(workspace, campaignIds.get("Campaign 2"), null, lander, offerIds.get("Offer B"), null),
                new ReportTraffic.Route(otherWorkspace, campaignIds.get("Campaign 3"), null, null, offerIds.get("Offer C"), null));
        traffic.generate(new Random(20261101), routes, START, Duration.ofHours(60), 180);
        // Two visits at 01:30 New York time, one before and one after the clocks fall back.
        traffic.visitAt(routes.get(2), Instant.parse("2026-11-01T05:30:00Z"));
        traffic.visitAt(routes.get(2), Instant.parse("2026-11-01T06:30:00Z"));
        String strangerOffer = offer(stranger, stranger.workspace().id(), "Hidden", null);
        new ReportTraffic(world.context.getBean(VisitRepository.class), world.context.getBean(ConversionRepository.class))
                .generate(new Random(3), List.of(new ReportTraffic.Route(stranger.workspace().id(), "their-campaign", null, null,
                        strangerOffer, null)),
                        START, Duration.ofHours(24), 20);
        // The generated traffic predates the workspace; all-time stats count from its first day.
        today = new ReportTraffic(world.context.getBean(VisitRepository.class), world.context.getBean(ConversionRepository.class));
        today.generate(new Random(5), routes.subList(0, 1), world.clock.instant().minusSeconds(600), Duration.ofMinutes(5), 12);
        world.applyStream();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @ParameterizedTest
    @CsvSource({"UTC, POSTBACK", "UTC, VISIT", "America/New_York, POSTBACK", "America/New_York, VISIT", "Asia/Kolkata, POSTBACK",
            "Asia/Kolkata, VISIT"})
    void report_byDay_sumsEachLocalDayOfTheTraffic(String timezone, String conversionTime) {
        ZoneId zone = ZoneId.of(timezone);
        Map<String, ReportTraffic.Sums> expected = traffic.expected(conversionTime.equals("POSTBACK"),
                part -> LocalDate.ofInstant(part.at(), zone).toString());

        Map<String, Object> report = report(owner, input(List.of("DAY"), Map.of("timezone", timezone, "conversionTime", conversionTime,
                "first", 100)));

        assertThat(rowsByValue(report, "DAY")).isEqualTo(asJson(expected));
        assertThat(sums(at(report, "totals"))).isEqualTo(sums(total(expected)));
    }

    @Test
    void report_byHourInNewYork_keepsTheHourTheClocksRepeatApart() {
        Map<String, Object> report = report(owner, input(List.of("HOUR"), Map.of("timezone", "America/New_York", "first", 100,
                "filters", List.of(Map.of("dimension", "DAY", "values", List.of("2026-11-01"))))));

        Map<String, Map<String, Object>> rows = rowsByValue(report, "HOUR");
        assertThat(rows).containsKeys("2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00");
        Map<String, ReportTraffic.Sums> expected = traffic.expected(true, part -> part.at().atZone(ZoneId.of("America/New_York"))
                .withMinute(0).withSecond(0).toOffsetDateTime().toString());
        expected.keySet().removeIf(hour -> !hour.startsWith("2026-11-01T"));
        assertThat(rows).isEqualTo(asJson(expected));
    }

    @Test
    void report_byCampaignAndCountry_sortedByRevenue_pagesThroughEveryRowOnceInOrder() {
        Map<String, Object> sort = Map.of("metric", "REVENUE", "direction", "DESC");
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            Map<String, Object> fields = new HashMap<>(Map.of("sort", sort, "first", 4));
            if (after != null) {
                fields.put("after", after);
            }
            Map<String, Object> report = report(owner, input(List.of("CAMPAIGN", "COUNTRY"), fields));
            rows.addAll(rows(report));
            if (!(Boolean) at(report, "pageInfo.hasNextPage")) {
                break;
            }
            after = (String) at(report, "pageInfo.endCursor");
        }

        Map<String, ReportTraffic.Sums> expected = traffic.expected(true, part -> part.campaignId() + "/" + part.country());
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(value(row, 0) + "/" + value(row, 1), sums(row.get("metrics"))));
        assertThat(rows).hasSize(expected.size());
        assertThat(byKey).isEqualTo(asJson(expected));
        List<BigDecimal> revenues = rows.stream().map(row -> decimal(at(row, "metrics.revenue"))).toList();
        assertThat(revenues).isSortedAccordingTo((first, second) -> second.compareTo(first));
        assertThat(at(rows.get(0), "dimensions.0.label")).isIn(campaignIds.keySet());
    }

    @Test
    void report_filteredByOneCampaignAndTwoCountries_keepsOnlyThoseCells() {
        String campaign = campaignIds.get("Campaign 1");
        Map<String, Object> report = report(owner, input(List.of("OFFER"), Map.of("filters", List.of(
                Map.of("dimension", "CAMPAIGN", "values", List.of(campaign)),
                Map.of("dimension", "COUNTRY", "values", List.of("US", "IN"))))));

        Map<String, ReportTraffic.Sums> expected = traffic.expected(true, part -> part.campaignId().equals(campaign)
                && List.of("US", "IN").contains(part.country()) ? part.offerId() : "other");
        expected.remove("other");
        assertThat(rowsByValue(report, "OFFER")).isEqualTo(asJson(expected));
        assertThat(rows(report)).extracting(row -> at(row, "dimensions.0.label")).containsOnly("Offer A", "Offer B");
    }

    @Test
    void report_ofTheAccount_coversItsWorkspacesOnly_andOfOneWorkspace_onlyThatOne() {
        Map<String, ReportTraffic.Sums> expected = traffic.expected(true, ReportTraffic.Part::workspaceId);

        Map<String, Object> all = report(owner, input(List.of("WORKSPACE"), Map.of()));
        Map<String, Object> second = report(owner, input(List.of(), Map.of("workspaceIds", List.of(otherWorkspace))));

        assertThat(rowsByValue(all, "WORKSPACE")).isEqualTo(asJson(expected));
        assertThat(rows(all)).extracting(row -> at(row, "dimensions.0.label")).containsOnly("Default", "Second");
        assertThat(sums(at(second, "totals"))).isEqualTo(sums(expected.get(otherWorkspace)));
        assertThat(rows(second)).hasSize(1);
    }

    @Test
    void report_ofAnotherAccountsWorkspace_failsAsNotFound_andTheirOwnReportShowsOnlyTheirTraffic() {
        Map<String, Object> intrusion = ApiWorld.parse(world.post(stranger.apiKey(), ApiWorld.operation("report"),
                Map.of("input", input(List.of("OFFER"), Map.of("workspaceIds", List.of(owner.workspace().id()))))));
        Map<String, Object> own = report(stranger, input(List.of("OFFER"), Map.of()));

        assertThat(at(intrusion, "data")).isNull();
        assertThat(at(intrusion, "errors.0.extensions.field")).isEqualTo("input.workspaceIds");
        assertThat(intrusion.toString()).doesNotContain("Offer A");
        assertThat(rows(own)).extracting(row -> at(row, "dimensions.0.label")).containsExactly("Hidden");
        assertThat(((Number) at(own, "totals.visits")).longValue()).isEqualTo(20);
    }

    @Test
    void statsOfEveryEntityList_equalTheirRowsOfTheReport() {
        Map<String, Object> range = Map.of("from", FROM, "to", TO, "tz", "America/New_York");
        Map<String, Object> lists = data(owner, """
                query($ws: ID!, $from: Date, $to: Date, $tz: String) {
                  offers(workspaceId: $ws) { edges { node { id stats(from: $from, to: $to, timezone: $tz) { ...all } } } }
                  campaigns(workspaceId: $ws) { edges { node { id stats(from: $from, to: $to, timezone: $tz) { ...all } } } }
                  affiliateNetworks(workspaceId: $ws) { edges { node { id stats(from: $from, to: $to, timezone: $tz) { ...all } } } }
                  landers(workspaceId: $ws) { edges { node { id stats(from: $from, to: $to, timezone: $tz) { ...all } } } }
                  trafficSources(workspaceId: $ws) { edges { node { id stats(from: $from, to: $to, timezone: $tz) { ...all } } } }
                }
                fragment all on Metrics { visits clicks botVisits conversions revenue cost profit roi cr ctr epc epv cpa ap }
                """, with(range, "ws", owner.workspace().id()), null);

        for (String[] pair : new String[][] {{"offers", "OFFER"}, {"campaigns", "CAMPAIGN"}, {"affiliateNetworks", "AFFILIATE_NETWORK"},
                {"landers", "LANDER"}, {"trafficSources", "TRAFFIC_SOURCE"}}) {
            Map<String, Object> report = report(owner, input(List.of(pair[1]), Map.of("timezone", "America/New_York",
                    "workspaceIds", List.of(owner.workspace().id()))));
            Map<String, Object> reportRows = new HashMap<>();
            rows(report).forEach(row -> reportRows.put(value(row, 0), row.get("metrics")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> edges = (List<Map<String, Object>>) at(lists, pair[0] + ".edges");
            assertThat(edges).as(pair[0]).isNotEmpty();
            edges.forEach(edge -> assertThat(at(edge, "node.stats")).as(pair[0]).isEqualTo(reportRows.get(at(edge, "node.id"))));
        }
    }

    @Test
    void offerStats_withoutRange_countFromTheWorkspacesFirstDayToToday() {
        Map<String, Object> offer = data(owner, "query($id: ID!) { offer(id: $id) { stats { visits conversions revenue } } }",
                Map.of("id", offerIds.get("Offer A")), "offer");

        assertThat(owner.workspace().createdAt()).as("the context runs on the suite's clock")
                .isBetween(TestTime.NOW, TestTime.NOW.plus(Duration.ofHours(1)));
        Instant first = LocalDate.ofInstant(owner.workspace().createdAt(), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.now(world.clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ReportTraffic.Sums expected = today.expected(true, part -> !part.at().isBefore(first) && part.at().isBefore(end)
                ? part.offerId() : "outside").get(offerIds.get("Offer A"));
        assertThat(((Number) at(offer, "stats.visits")).longValue()).isEqualTo(expected.visits()).isPositive();
        assertThat(decimal(at(offer, "stats.revenue"))).isEqualByComparingTo(expected.revenue());
    }

    @Test
    void report_derivedMetrics_areNullWhereTheirDenominatorIsZero() {
        Map<String, Object> quiet = report(owner, input(List.of(), Map.of("from", QUIET_DAY, "to", QUIET_DAY)));
        Map<String, Object> busy = report(owner, input(List.of(), Map.of()));

        assertThat(rows(quiet)).isEmpty();
        assertThat((Map<String, Object>) at(quiet, "totals")).containsEntry("roi", null).containsEntry("cr", null)
                .containsEntry("epc", null).containsEntry("cpa", null).containsEntry("ap", null).containsEntry("profit", 0.0);
        BigDecimal revenue = decimal(at(busy, "totals.revenue"));
        BigDecimal cost = decimal(at(busy, "totals.cost"));
        assertThat(decimal(at(busy, "totals.profit"))).isEqualByComparingTo(revenue.subtract(cost));
        assertThat(decimal(at(busy, "totals.epv")).doubleValue())
                .isCloseTo(revenue.doubleValue() / ((Number) at(busy, "totals.visits")).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(at(busy, "currency")).isEqualTo("USD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"from\": \"2026-11-03\", \"to\": \"2026-11-01\"}|input.to",
            "{\"timezone\": \"Mars/Olympus\"}|input.timezone",
            "{\"sort\": {\"dimension\": \"COUNTRY\"}}|input.sort.dimension",
            "{\"after\": \"not-a-cursor\"}|input.after",
            "{\"from\": \"2025-01-01\", \"to\": \"2026-11-03\"}|input.to"})
    void report_withBadInput_failsNamingTheField(String fieldsJson, String field) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new com.fasterxml.jackson.databind.ObjectMapper().readValue(fieldsJson, Map.class);

        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), ApiWorld.operation("report"),
                Map.of("input", input(List.of("OFFER"), fields))));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo(field);
    }

    @Test
    void report_withAMalformedDate_isAValidationErrorNamingTheField() {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(),
                "{ report(input: {from: \"31/10/2026\", to: \"2026-11-01\", groupBy: []}) { totals { visits } } }", Map.of()));

        assertThat(at(reply, "data")).isNull();
        assertThat((String) at(reply, "errors.0.message")).contains("input.from").contains("31/10/2026");
    }

    private Map<String, Object> input(List<String> groupBy, Map<String, Object> fields) {
        Map<String, Object> input = new HashMap<>(Map.of("from", FROM, "to", TO, "groupBy", groupBy));
        input.putAll(fields);
        return input;
    }

    private Map<String, Object> report(AccountBootstrap.Bootstrapped caller, Map<String, Object> input) {
        return data(caller, ApiWorld.operation("report"), Map.of("input", input), "report");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(AccountBootstrap.Bootstrapped caller, String query, Map<String, Object> variables, String field) {
        Map<String, Object> reply = ApiWorld.parse(world.post(caller.apiKey(), query, variables));
        assertThat(reply.get("errors")).as("errors").isNull();
        Map<String, Object> data = (Map<String, Object>) reply.get("data");
        return field == null ? data : (Map<String, Object>) data.get(field);
    }

    private String offer(String workspaceId, String name, String network) {
        return offer(owner, workspaceId, name, network);
    }

    private String offer(AccountBootstrap.Bootstrapped caller, String workspaceId, String name, String network) {
        Map<String, Object> input = OfferFormIT.minimalInput(workspaceId, name);
        if (network != null) {
            input.put("affiliateNetworkId", network);
        }
        return (String) data(caller, ApiWorld.operation("createOffer"), Map.of("input", input), "createOffer").get("id");
    }

    private String campaign(String workspaceId, String name, String offerId) {
        return (String) data(owner, ApiWorld.operation("createCampaign"), Map.of("input", Map.of("workspaceId", workspaceId, "name", name,
                "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId)))))), "createCampaign").get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    private static Map<String, Map<String, Object>> rowsByValue(Map<String, Object> report, String dimension) {
        Map<String, Map<String, Object>> byValue = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(report)) {
            assertThat(at(row, "dimensions.0.dimension")).isEqualTo(dimension);
            byValue.put(value(row, 0), sums(row.get("metrics")));
        }
        return byValue;
    }

    private static String value(Map<String, Object> row, int dimension) {
        return (String) at(row, "dimensions." + dimension + ".value");
    }

    /** The counted figures of a metrics object, amounts as comparable plain strings. */
    private static Map<String, Object> sums(Object metrics) {
        return Map.of("visits", ((Number) at(metrics, "visits")).longValue(), "clicks", ((Number) at(metrics, "clicks")).longValue(),
                "conversions", ((Number) at(metrics, "conversions")).longValue(), "revenue", plain(decimal(at(metrics, "revenue"))),
                "cost", plain(decimal(at(metrics, "cost"))));
    }

    private static Map<String, Object> sums(ReportTraffic.Sums sums) {
        return Map.of("visits", sums.visits(), "clicks", sums.clicks(), "conversions", sums.conversions(), "revenue", plain(sums.revenue()),
                "cost", plain(sums.cost()));
    }

    private static Map<String, Map<String, Object>> asJson(Map<String, ReportTraffic.Sums> expected) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        expected.forEach((key, sums) -> json.put(key, sums(sums)));
        return json;
    }

    private static ReportTraffic.Sums total(Map<String, ReportTraffic.Sums> groups) {
        return groups.values().stream().reduce(ReportTraffic.Sums.ZERO, (sum, group) -> new ReportTraffic.Sums(
                sum.visits() + group.visits(), sum.clicks() + group.clicks(), sum.conversions() + group.conversions(),
                sum.revenue().add(group.revenue()), sum.cost().add(group.cost())));
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
