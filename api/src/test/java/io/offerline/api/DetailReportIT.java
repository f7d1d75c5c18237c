package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.ReportRows.byValue;
import static io.offerline.api.ReportRows.filter;
import static io.offerline.api.ReportRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellLayout;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.GrainCover;
import io.offerline.core.stats.StatsCells;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dimensions a buyer cuts traffic by (tracking fields, keyword, referrer domain, language,
 * path, conversion status) through GraphQL, over a few visits written as the tracking functions
 * write them and aggregated from the real events stream.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailReportIT {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String DAY = "2026-11-20";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private String workspace;
    private String push;
    private String firstCampaign;
    private String secondCampaign;
    private String firstOffer;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        owner = world.account("Buyer");
        workspace = owner.workspace().id();
        push = (String) data(ApiWorld.operation("createTrafficSource"), Map.of("input", Map.of("workspaceId", workspace, "name", "Push",
                "trackingFields", List.of(Map.of("name", "zone", "parameter", "zoneid", "macro", "{zoneid}"),
                        Map.of("name", "creative", "parameter", "bannerid", "macro", "{bannerid}")))), "createTrafficSource").get("id");
        firstOffer = offer("Offer 1");
        String secondOffer = offer("Offer 2");
        firstCampaign = campaign("Campaign 1", push, firstOffer);
        secondCampaign = campaign("Campaign 2", push, secondOffer);
        String ownCampaign = campaign("Campaign 3", null, secondOffer);
        VisitRepository visits = world.context.getBean(VisitRepository.class);
        ConversionRepository conversions = world.context.getBean(ConversionRepository.class);
        TrafficWriter writer = new TrafficWriter(visits, conversions, workspace);
        writer.visit(firstCampaign, push, firstOffer, "US", "de", "Main", "sale", "https://News.example/a?b=1", "z1", "k1")
                .converted(ConversionStatus.APPROVED, "10.00");
        writer.visit(firstCampaign, push, firstOffer, "DE", "en", "Main", "deal", "https://other.example/", "z1", "k2")
                .converted(ConversionStatus.PENDING, "4.00");
        writer.visit(firstCampaign, push, firstOffer, "US", "de", "Backup", "sale", null, "z2", "k1")
                .declinedAfterApproval("6.00");
        writer.visit(firstCampaign, push, firstOffer, "US", null, "Main", null, null, "z3", null);
        writer.visit(secondCampaign, push, secondOffer, "US", null, "Main", null, null, "z1", "k1")
                .converted(ConversionStatus.APPROVED, "3.00");
        writer.visit(ownCampaign, null, secondOffer, "FR", "fr", "Main", null, null);
        world.applyStream();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void trackingFieldCells_holdEachValue_inTheirCampaignsFamily() {
        Instant start = AT.truncatedTo(ChronoUnit.DAYS);
        List<Cell> cells = world.context.getBean(StatsCells.class).cells(new CellQuery(workspace, Detail.TRACKING_FIELD_1,
                List.of(firstCampaign), GrainCover.of(start, start.plus(Duration.ofDays(1)), CellLayout.DETAIL_GRAINS, (from, to) -> true)));

        Map<String, Long> visitsByZone = new HashMap<>();
        cells.forEach(cell -> visitsByZone.merge(cell.key().dimensions().details().value(Detail.TRACKING_FIELD_1), cell.totals().visits(),
                Long::sum));
        assertThat(visitsByZone).containsExactlyInAnyOrderEntriesOf(Map.of("z1", 2L, "z2", 1L, "z3", 1L));
        assertThat(cells).allSatisfy(cell -> assertThat(cell.key().dimensions().campaignId()).isEqualTo(firstCampaign));
    }

    @Test
    void report_byATrackingFieldOfOneCampaign_countsEachValue_namedAsTheTrafficSourceNamesTheField() {
        Map<String, Object> report = report(input(List.of("TRACKING_FIELD_1"), filter("CAMPAIGN", firstCampaign)));

        assertThat(at(report, "dimensionNames")).isEqualTo(List.of(Map.of("dimension", "TRACKING_FIELD_1", "name", "zone")));
        assertThat(byValue(report, "visits")).isEqualTo(Map.of("z1", 2, "z2", 1, "z3", 1));
        assertThat(byValue(report, "conversions")).isEqualTo(Map.of("z1", 2, "z2", 0, "z3", 0));
        assertThat(byValue(report, "declinedConversions")).isEqualTo(Map.of("z1", 0, "z2", 1, "z3", 0));
        assertThat(byValue(report, "revenue")).isEqualTo(Map.of("z1", "14", "z2", "0", "z3", "0"));
    }

    @Test
    void report_byATrackingFieldOfATrafficSource_sumsItsCampaigns() {
        Map<String, Object> report = report(input(List.of("TRACKING_FIELD_1"), filter("TRAFFIC_SOURCE", push)));

        assertThat(byValue(report, "visits")).isEqualTo(Map.of("z1", 3, "z2", 1, "z3", 1));
    }

    @Test
    void report_filteredByATrackingFieldValue_drillsDownByOfferCountryAndAnotherField() {
        Map<String, Object> report = report(input(List.of("OFFER", "COUNTRY", "TRACKING_FIELD_1"), filter("CAMPAIGN", firstCampaign),
                filter("TRACKING_FIELD_1", "z1")));

        assertThat(rows(report)).extracting(ReportRows::values).containsExactly(List.of(firstOffer, "DE", "z1"), List.of(firstOffer, "US", "z1"));
        assertThat(at(report, "totals.visits")).isEqualTo(2);
    }

    @Test
    void report_byKeywordReferrerDomainLanguageAndPath_countsTheVisitsOfEachValue() {
        assertThat(byValue(report(input(List.of("KEYWORD"))), "visits")).isEqualTo(Map.of("sale", 2, "deal", 1));
        assertThat(byValue(report(input(List.of("REFERRER_DOMAIN"))), "visits")).isEqualTo(Map.of("news.example", 1, "other.example", 1));
        Map<String, Object> languages = new HashMap<>(Map.of("de", 2, "en", 1, "fr", 1));
        languages.put(null, 2);
        assertThat(byValue(report(input(List.of("LANGUAGE"))), "visits")).isEqualTo(languages);
        assertThat(byValue(report(input(List.of("PATH"))), "visits")).isEqualTo(Map.of("Main", 5, "Backup", 1));
    }

    @Test
    void report_filteredByKeywordAndLanguage_keepsOnlyThoseVisits() {
        assertThat(amount(report(input(List.of(), filter("KEYWORD", "sale"))), "totals.revenue")).isEqualTo("10");
        assertThat(at(report(input(List.of(), filter("LANGUAGE", "de"), filter("PATH", "Backup"))), "totals.visits")).isEqualTo(1);
        assertThat(at(report(input(List.of(), filter("REFERRER_DOMAIN", "other.example"))), "totals.pendingConversions")).isEqualTo(1);
    }

    @Test
    void report_byConversionStatus_splitsTheConversions_andKeepsTheTrafficApart() {
        Map<String, Object> report = report(input(List.of("CONVERSION_STATUS")));

        Map<String, Object> visits = new HashMap<>(Map.of("APPROVED", 0, "PENDING", 0, "DECLINED", 0));
        visits.put(null, 6);
        assertThat(byValue(report, "visits")).isEqualTo(visits);
        Map<String, Object> conversions = new HashMap<>(Map.of("APPROVED", 2, "PENDING", 1, "DECLINED", 0));
        conversions.put(null, 0);
        assertThat(byValue(report, "conversions")).isEqualTo(conversions);
        assertThat(amount(report, "totals.declinedRevenue")).isEqualTo("6");
        assertThat(amount(report(input(List.of(), filter("CONVERSION_STATUS", "APPROVED"))), "totals.revenue")).isEqualTo("13");
    }

    @Test
    void report_withoutPendingRevenue_countsPendingConversionsButNotTheirRevenue() {
        Map<String, Object> fields = input(List.of());
        Map<String, Object> counted = report(fields);
        fields.put("pendingRevenue", false);
        Map<String, Object> approvedOnly = report(fields);

        assertThat(amount(counted, "totals.revenue")).isEqualTo("17");
        assertThat(amount(approvedOnly, "totals.revenue")).isEqualTo("13");
        assertThat(at(approvedOnly, "totals.conversions")).isEqualTo(3);
        assertThat(amount(approvedOnly, "totals.pendingRevenue")).isEqualTo("4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TRACKING_FIELD_1||input.filters|needs a filter on one campaign or one traffic source",
            "TRACKING_FIELD_1,KEYWORD|CAMPAIGN|input.groupBy|one of the detail dimensions",
            "TRACKING_FIELD_1,OS|CAMPAIGN|input.groupBy|cannot also use OS",
            "KEYWORD,OFFER,COUNTRY,DAY||input.groupBy|at most 3 dimensions"})
    void report_byADetailDimension_refusesWhatItsCellsCannotAnswer_namingTheField(String groupBy, String filterOn, String field,
            String message) {
        Map<String, Object> input = filterOn == null ? input(Arrays.asList(groupBy.split(",")))
                : input(Arrays.asList(groupBy.split(",")), filter(filterOn, firstCampaign));

        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), ApiWorld.operation("detailReport"), Map.of("input", input)));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo(field);
        assertThat((String) at(reply, "errors.0.message")).contains(message).contains(groupBy.split(",")[0]);
    }

    @SafeVarargs
    private Map<String, Object> input(List<String> groupBy, Map<String, Object>... filters) {
        return new HashMap<>(Map.of("from", DAY, "to", DAY, "groupBy", groupBy, "workspaceIds", List.of(workspace), "first", 100,
                "filters", List.of(filters)));
    }

    private Map<String, Object> report(Map<String, Object> input) {
        return data(ApiWorld.operation("detailReport"), Map.of("input", input), "report");
    }

    private static String amount(Map<String, Object> report, String path) {
        return new BigDecimal(at(report, path).toString()).stripTrailingZeros().toPlainString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(String query, Map<String, Object> variables, String field) {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), query, variables));
        assertThat(reply.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) reply.get("data")).get(field);
    }

    private String offer(String name) {
        return (String) data(ApiWorld.operation("createOffer"), Map.of("input", OfferFormIT.minimalInput(workspace, name)), "createOffer")
                .get("id");
    }

    private String campaign(String name, String trafficSource, String offerId) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("workspaceId", workspace, "name", name,
                "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId))))));
        if (trafficSource != null) {
            input.put("trafficSourceId", trafficSource);
        }
        return (String) data(ApiWorld.operation("createCampaign"), Map.of("input", input), "createCampaign").get("id");
    }

    /** Visits sent straight to an offer, and their conversions, as the tracking functions store them. */
    private record TrafficWriter(VisitRepository visits, ConversionRepository conversions, String workspaceId) {

        Converting visit(String campaignId, String trafficSourceId, String offerId, String country, String language, String path,
                String keyword, String referrer, String... trackingFields) {
            Visitor visitor = new Visitor(country, null, null, DeviceType.MOBILE, null, null, "Android", "14", "Chrome Mobile", null,
                    language, false);
            Visit visit = new Visit(ClickIds.next(), "account", workspaceId, campaignId, trafficSourceId, path, null, offerId,
                    null, visitor, null, null, referrer, null, null, VisitCost.NONE, new ArrayList<>(Arrays.asList(trackingFields)), AT,
                    AT.plus(Duration.ofDays(3650)), keyword);
            visits.record(visit);
            return new Converting(conversions, visit);
        }
    }

    /** A visit that may convert. */
    private record Converting(ConversionRepository conversions, Visit visit) {

        void converted(ConversionStatus status, String revenue) {
            conversions.recordOnce(conversion(status, new BigDecimal(revenue)));
        }

        void declinedAfterApproval(String revenue) {
            Conversion conversion = conversion(ConversionStatus.APPROVED, new BigDecimal(revenue));
            conversions.recordOnce(conversion);
            conversions.changeStatus(visit.clickId(), conversion.slot(), ConversionStatus.DECLINED);
        }

        private Conversion conversion(ConversionStatus status, BigDecimal revenue) {
            Instant at = AT.plusSeconds(600);
            return new Conversion(visit.clickId(), ConversionSlot.txid(visit.clickId()), visit.clickId(), visit.accountId(),
                    visit.workspaceId(), visit.campaignId(), visit.offerId(), null, null, true, true, status, revenue,
                    Currency.getInstance("USD"), revenue, BigDecimal.ONE, LocalDate.ofInstant(at, ZoneOffset.UTC), false, at,
                    visit.expiresAt(), visit);
        }
    }
}
