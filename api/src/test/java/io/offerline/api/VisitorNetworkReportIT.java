package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.ReportRows.byValue;
import static io.offerline.api.ReportRows.filter;
import static io.offerline.api.ReportRows.input;
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
import io.offerline.core.visitor.ConnectionType;
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
import java.util.Arrays;
import java.util.Currency;
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

/**
 * The visitor's network and place as report dimensions (ISP, connection type, region, city)
 * through GraphQL, over visits written as the tracking functions write them and aggregated from
 * the real events stream: each value lands in its cells, in reports and in filters.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorNetworkReportIT {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String DAY = "2026-11-20";
    private static final String TELEKOM = "Deutsche Telekom AG";
    private static final String T_MOBILE = "T-Mobile USA, Inc.";
    private static final String AMAZON = "Amazon.com, Inc.";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped owner;
    private String workspace;
    private String campaign;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        owner = world.account("Buyer");
        workspace = owner.workspace().id();
        String offer = (String) data(ApiWorld.operation("createOffer"), Map.of("input", OfferFormIT.minimalInput(workspace, "Offer")),
                "createOffer").get("id");
        campaign = (String) data(ApiWorld.operation("createCampaign"), Map.of("input", Map.of("workspaceId", workspace, "name", "Campaign",
                "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offer)))))), "createCampaign").get("id");
        VisitRepository visits = world.context.getBean(VisitRepository.class);
        ConversionRepository conversions = world.context.getBean(ConversionRepository.class);
        Visit munich = visit(offer, "DE", TELEKOM, ConnectionType.OTHER, "Bavaria", "Munich", "Windows");
        Visit nuremberg = visit(offer, "DE", TELEKOM, ConnectionType.OTHER, "Bavaria", "Nuremberg", "Android");
        Visit austin = visit(offer, "US", T_MOBILE, ConnectionType.MOBILE, "Texas", "Austin", "iOS");
        Visit server = visit(offer, "US", AMAZON, ConnectionType.HOSTING, null, null, "Linux");
        Visit unknown = visit(offer, "US", null, null, null, null, "Android");
        List.of(munich, nuremberg, austin, server, unknown).forEach(visits::record);
        conversions.recordOnce(conversion(munich, "10.00"));
        conversions.recordOnce(conversion(austin, "4.00"));
        world.applyStream();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void ispRegionAndCityCells_holdEachValue_inTheirOwnFamilies() {
        assertThat(visitsByValue(Detail.ISP)).isEqualTo(Map.of(TELEKOM, 2L, T_MOBILE, 1L, AMAZON, 1L));
        assertThat(visitsByValue(Detail.REGION)).isEqualTo(Map.of("Bavaria", 2L, "Texas", 1L));
        assertThat(visitsByValue(Detail.CITY)).isEqualTo(Map.of("Munich", 1L, "Nuremberg", 1L, "Austin", 1L));
    }

    @Test
    void mainCells_holdTheConnectionType() {
        Instant start = AT.truncatedTo(ChronoUnit.DAYS);
        Map<String, Long> visits = new HashMap<>();
        world.context.getBean(StatsCells.class).cells(workspace, start, start.plus(Duration.ofDays(1)))
                .forEach(cell -> visits.merge(String.valueOf(cell.key().dimensions().connectionType()), cell.totals().visits(), Long::sum));

        assertThat(visits).isEqualTo(Map.of("OTHER", 2L, "MOBILE", 1L, "HOSTING", 1L, "null", 1L));
    }

    @Test
    void report_byEachNewDimension_countsTheVisitsAndConversionsOfEachValue() {
        assertThat(byValue(report(input(DAY, workspace, List.of("ISP"))), "visits")).isEqualTo(Map.of(TELEKOM, 2, T_MOBILE, 1, AMAZON, 1));
        assertThat(byValue(report(input(DAY, workspace, List.of("ISP"))), "conversions")).isEqualTo(Map.of(TELEKOM, 1, T_MOBILE, 1, AMAZON, 0));
        Map<String, Object> byConnection = new HashMap<>(Map.of("OTHER", 2, "MOBILE", 1, "HOSTING", 1));
        byConnection.put(null, 1);
        assertThat(byValue(report(input(DAY, workspace, List.of("CONNECTION_TYPE"))), "visits")).isEqualTo(byConnection);
        assertThat(byValue(report(input(DAY, workspace, List.of("REGION"))), "revenue")).isEqualTo(Map.of("Bavaria", "10", "Texas", "4"));
        assertThat(byValue(report(input(DAY, workspace, List.of("CITY"))), "visits")).isEqualTo(Map.of("Munich", 1, "Nuremberg", 1, "Austin", 1));
    }

    @Test
    void report_filteredByEachNewDimension_keepsOnlyThoseVisits() {
        assertThat(at(report(input(DAY, workspace, List.of(), filter("ISP", TELEKOM))), "totals.visits")).isEqualTo(2);
        assertThat(at(report(input(DAY, workspace, List.of(), filter("CONNECTION_TYPE", "MOBILE"))), "totals.conversions")).isEqualTo(1);
        assertThat(at(report(input(DAY, workspace, List.of(), filter("REGION", "Bavaria"))), "totals.conversions")).isEqualTo(1);
        assertThat(at(report(input(DAY, workspace, List.of(), filter("CITY", "Nuremberg"))), "totals.visits")).isEqualTo(1);
    }

    @Test
    void report_drillsDown_fromAnIspByCountryAndCampaign_andFromAConnectionTypeByOs() {
        Map<String, Object> isps = report(input(DAY, workspace, List.of("COUNTRY", "ISP", "CAMPAIGN"), filter("COUNTRY", "DE")));
        Map<String, Object> mobile = report(input(DAY, workspace, List.of("CONNECTION_TYPE", "OS"), filter("CONNECTION_TYPE", "OTHER")));

        assertThat(rows(isps)).extracting(ReportRows::values).containsExactly(List.of("DE", TELEKOM, campaign));
        assertThat(rows(mobile)).extracting(ReportRows::values)
                .containsExactly(List.of("OTHER", "Android"), List.of("OTHER", "Windows"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ISP,OS|input.groupBy|cannot also use OS",
            "CITY,CONNECTION_TYPE|input.groupBy|cannot also use CONNECTION_TYPE",
            "REGION,CITY|input.groupBy|one of the detail dimensions"})
    void report_byANewDetailDimension_refusesWhatItsCellsCannotAnswer_namingTheField(String groupBy, String field, String message) {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), ApiWorld.operation("detailReport"),
                Map.of("input", input(DAY, workspace, Arrays.asList(groupBy.split(","))))));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo(field);
        assertThat((String) at(reply, "errors.0.message")).contains(message);
    }

    private Map<Object, Long> visitsByValue(Detail family) {
        Instant start = AT.truncatedTo(ChronoUnit.DAYS);
        List<Cell> cells = world.context.getBean(StatsCells.class).cells(new CellQuery(workspace, family, List.of(),
                GrainCover.of(start, start.plus(Duration.ofDays(1)), CellLayout.DETAIL_GRAINS, (from, to) -> true)));
        Map<Object, Long> visits = new HashMap<>();
        cells.forEach(cell -> visits.merge(cell.key().dimensions().details().value(family), cell.totals().visits(), Long::sum));
        return visits;
    }

    private Visit visit(String offerId, String country, String isp, ConnectionType type, String region, String city, String os) {
        Visitor visitor = new Visitor(country, region, city, DeviceType.MOBILE, null, null, os, null, "Chrome", null, "en", false, isp,
                type);
        return new Visit(ClickIds.next(), "account", workspace, campaign, null, "Main", null, offerId, null, visitor, null, null, null,
                null, null, VisitCost.NONE, List.of(), AT, AT.plus(Duration.ofDays(3650)), null);
    }

    private static Conversion conversion(Visit visit, String amount) {
        BigDecimal revenue = new BigDecimal(amount);
        Instant at = AT.plusSeconds(600);
        return new Conversion(visit.clickId(), ConversionSlot.txid(visit.clickId()), visit.clickId(), visit.accountId(),
                visit.workspaceId(), visit.campaignId(), visit.offerId(), null, null, true, true, ConversionStatus.APPROVED, revenue,
                Currency.getInstance("USD"), revenue, BigDecimal.ONE, LocalDate.ofInstant(at, ZoneOffset.UTC), false, at,
                visit.expiresAt(), visit);
    }

    private Map<String, Object> report(Map<String, Object> input) {
        return data(ApiWorld.operation("detailReport"), Map.of("input", input), "report");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(String query, Map<String, Object> variables, String field) {
        Map<String, Object> reply = ApiWorld.parse(world.post(owner.apiKey(), query, variables));
        assertThat(reply.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) reply.get("data")).get(field);
    }
}
