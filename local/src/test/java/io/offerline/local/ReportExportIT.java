package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerline.api.HttpCall;
import io.offerline.api.HttpReply;
import io.offerline.api.ReportExportHttp;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Grain;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.StoredCells;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The report export over real HTTP on the local stack: traffic sent through the tracking URLs,
 * folded by the stream poller, then exported as CSV and JSON and compared with the GraphQL
 * report over the same input, walked page by page.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportIT {

    private static final String API_KEY = "ol_local_export_key";
    private static final int VISITS = 24;
    /** Enough zones, with values of 400 characters (a site's URL as a placement), for a CSV over the 5 MB a Lambda answer may hold. */
    private static final int ZONES = 10_000;
    private static final String PLACEMENT_PATH = "section/".repeat(48);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private LocalStack stack;
    private Walkthrough walkthrough;
    private String workspaceId;
    private List<String> metricFields;

    @BeforeAll
    void sendTraffic(TestDynamo dynamo) throws InterruptedException {
        stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()));
        walkthrough = new Walkthrough(stack.baseUrl(), API_KEY);
        workspaceId = (String) data(walkthrough.graphql("mutation { createWorkspace(input: {name: \"Export\"}) { id } }", Map.of()),
                "createWorkspace").get("id");
        // Names a CSV must quote: a comma, quotes, a line break.
        List<String> offers = List.of(offer("Sweeps, US"), offer("The \"Big\" one"), offer("Two\r\nlines"));
        String trackingUrl = (String) data(walkthrough.graphql("""
                mutation($ws: ID!, $offers: [WeightedOfferInput!]!) { createCampaign(input: {workspaceId: $ws, name: "Export campaign",
                  costModel: {type: CPC, value: 0.03, currency: "USD"}, paths: [{name: "Main", offers: $offers}]}) { trackingUrl } }""",
                Map.of("ws", workspaceId, "offers", offers.stream().map(id -> Map.of("offerId", id)).toList())), "createCampaign")
                .get("trackingUrl");
        for (int visit = 0; visit < VISITS; visit++) {
            String location = walkthrough.send(HttpRequest.newBuilder(URI.create(trackingUrl)).GET().build()).headers()
                    .firstValue("location").orElseThrow();
            if (visit % 3 == 0) {
                String click = location.replaceAll(".*click=([^&]+).*", "$1");
                assertThat(walkthrough.get("/postback?cid=" + click + "&payout=" + (1 + visit) + ".25&txid=T-" + visit).statusCode())
                        .isEqualTo(200);
            }
        }
        Walkthrough.eventually(() -> totals(), totals -> ((Number) totals.get("visits")).intValue() == VISITS
                && ((Number) totals.get("conversions")).intValue() == VISITS / 3);
        metricFields = metricFields();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void csvExport_parsedBack_equalsTheGraphqlReportPageByPage() {
        Map<String, Object> input = input();

        HttpResponse<String> export = export("/export/report.csv", input, API_KEY);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<List<String>> csv = Csv.parse(export.body());
        List<String> header = new ArrayList<>(List.of("OFFER", "OFFER_NAME", "DAY"));
        header.addAll(metricFields);
        assertThat(csv.get(0)).isEqualTo(header);
        List<List<String>> expected = graphqlRows(input).stream().map(this::csvLine).toList();
        assertThat(expected).hasSizeGreaterThan(2); // more than the input's page of 1 row
        assertThat(csv.subList(1, csv.size())).isEqualTo(expected);
        assertThat(csv).extracting(line -> line.get(1)).contains("Sweeps, US", "The \"Big\" one", "Two\r\nlines");
    }

    @Test
    void jsonExport_holdsEveryRowOfTheGraphqlReport_andItsTotals() {
        Map<String, Object> input = input();

        HttpResponse<String> export = export("/export/report.json", input, API_KEY);

        assertThat(export.statusCode()).isEqualTo(200);
        Map<String, Object> body = parse(export.body());
        assertThat(body.get("rows")).isEqualTo(graphqlRows(input));
        assertThat(body.get("totals")).isEqualTo(totals());
        assertThat(body.get("dimensionNames")).isEqualTo(List.of(Map.of("dimension", "OFFER", "name", "OFFER"),
                Map.of("dimension", "DAY", "name", "DAY")));
        assertThat(body.get("currency")).isEqualTo("USD");
    }

    /**
     * An export larger than a Lambda answer can hold: 10,000 zones (long URLs) of one campaign,
     * written as the aggregator stores them (traffic through the stream would take too long). The
     * local stack streams it chunked, every zone with its visits, in the report's order; the Lambda
     * handler refuses it with a 413.
     */
    @Test
    void csvExport_largerThanALambdaAnswer_isStreamedWhole_withEveryRow(TestDynamo dynamo) {
        String campaignId = (String) data(walkthrough.graphql("""
                mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Zones",
                  paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { id } }""",
                Map.of("ws", workspaceId, "offer", offer("Zoned"))), "createCampaign").get("id");
        Map<String, Long> visits = writeZoneCells(dynamo, campaignId);
        Map<String, Object> input = Map.of("from", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "to",
                LocalDate.now(ZoneOffset.UTC).toString(), "groupBy", List.of("TRACKING_FIELD_1"), "workspaceIds", List.of(workspaceId),
                "filters", List.of(Map.of("dimension", "CAMPAIGN", "values", List.of(campaignId))),
                "sort", Map.of("metric", "VISITS", "direction", "DESC"));

        HttpResponse<String> export = export("/export/report.csv", input, API_KEY);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("content-length")).isEmpty();
        assertThat(export.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(export.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ReportExportHttp.MAX_EXPORT_BYTES);
        List<List<String>> csv = Csv.parse(export.body());
        assertThat(csv.get(0).get(0)).isEqualTo("TRACKING_FIELD_1");
        int visitsColumn = csv.get(0).indexOf("visits");
        Map<String, Long> exported = new HashMap<>();
        csv.stream().skip(1).forEach(line -> exported.put(line.get(0), Long.parseLong(line.get(visitsColumn))));
        assertThat(exported).hasSize(ZONES).isEqualTo(visits);
        assertThat(csv.stream().skip(1).map(line -> Long.parseLong(line.get(visitsColumn))).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        HttpReply lambda = stack.lambdaExport().handle("/export/report.csv", new HttpCall("GET", Map.of("authorization", "Bearer "
                + API_KEY), Map.of("input", json(input)), null));
        assertThat(lambda.status()).isEqualTo(413);
        assertThat(lambda.body()).contains("EXPORT_TOO_LARGE");
    }

    /** The campaign's zone cells of yesterday (UTC), one zone a cell, 1 to 9 visits each; the visits by zone. */
    private Map<String, Long> writeZoneCells(TestDynamo dynamo, String campaignId) {
        Instant yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Cell> cells = new ArrayList<>();
        Map<String, Long> visits = new HashMap<>();
        for (int zone = 0; zone < ZONES; zone++) {
            String placement = "https://publisher-" + zone + ".example/" + PLACEMENT_PATH;
            long zoneVisits = 1 + zone % 9;
            visits.put(placement, zoneVisits);
            Dimensions dimensions = new Dimensions(campaignId, null, null, null, null, "US", "MOBILE", null, null, null, null, null,
                    null, Details.only(Detail.TRACKING_FIELD_1, placement));
            cells.add(new Cell(new CellKey(workspaceId, Grain.DAY, yesterday, dimensions),
                    CellDelta.traffic(zoneVisits, zoneVisits, 0, new BigDecimal("0.0125").multiply(BigDecimal.valueOf(zoneVisits)))));
        }
        try (DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint())) {
            StoredCells.writeCells(client, LocalStack.TABLES, cells);
        }
        return visits;
    }

    @Test
    void export_withoutAKeyOrWithABadOne_isUnauthorized() {
        assertThat(export("/export/report.csv", input(), null).statusCode()).isEqualTo(401);
        assertThat(export("/export/report.json", input(), "ol_not_a_key").statusCode()).isEqualTo(401);
    }

    @Test
    void export_ofABadInput_isA400NamingTheField() {
        Map<String, Object> badDate = new HashMap<>(input());
        badDate.put("from", "yesterday");
        Map<String, Object> reversed = new HashMap<>(input());
        reversed.put("to", "2020-01-01");
        Map<String, Object> hidden = new HashMap<>(input());
        hidden.put("workspaceIds", List.of("no-such-workspace"));
        Map<String, Object> unknownDimension = new HashMap<>(input());
        unknownDimension.put("groupBy", List.of("OFFER", "PLANET"));
        Map<String, Object> unknownField = new HashMap<>(input());
        unknownField.put("colour", "red");

        assertThat(problem(badDate)).containsEntry("status", 400).containsEntry("field", "input.from");
        assertThat(problem(reversed)).containsEntry("status", 400).containsEntry("field", "input.to");
        assertThat(problem(hidden)).containsEntry("status", 400).containsEntry("field", "input.workspaceIds");
        assertThat(problem(unknownDimension)).containsEntry("status", 400).containsEntry("field", "input.groupBy");
        assertThat(problem(unknownField)).containsEntry("status", 400).containsEntry("field", "input.colour");
        assertThat(export("/export/report.csv", null, API_KEY).statusCode()).isEqualTo(400);
        assertThat(walkthrough.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/export/report.csv?input=%7Bnot+json"))
                .header("Authorization", "Bearer " + API_KEY).GET().build()).statusCode()).isEqualTo(400);
    }

    private Map<String, Object> problem(Map<String, Object> input) {
        HttpResponse<String> answer = export("/export/report.csv", input, API_KEY);
        Map<String, Object> error = at(parse(answer.body()), "errors", 0);
        Map<String, Object> extensions = cast(error.get("extensions"));
        Map<String, Object> problem = new HashMap<>();
        problem.put("status", answer.statusCode());
        problem.put("message", error.get("message"));
        problem.put("field", extensions.get("field"));
        return problem;
    }

    /** Grouped by offer and day, sorted by visits, one row a page: the export must still hold every row. */
    private Map<String, Object> input() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(1).toString(), "groupBy", List.of("OFFER", "DAY"),
                "workspaceIds", List.of(workspaceId), "sort", Map.of("metric", "VISITS", "direction", "DESC"), "first", 1);
    }

    private HttpResponse<String> export(String path, Map<String, Object> input, String apiKey) {
        String query = input == null ? "" : "?input=" + URLEncoder.encode(json(input), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + path + query)).GET();
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return walkthrough.send(request.build());
    }

    /** Every row of the GraphQL report, following its cursors. */
    private List<Object> graphqlRows(Map<String, Object> input) {
        String query = "query($input: ReportInput!) { report(input: $input) { rows { dimensions { dimension value label } metrics { "
                + String.join(" ", metricFields) + " } } pageInfo { hasNextPage endCursor } } }";
        List<Object> rows = new ArrayList<>();
        Map<String, Object> page = new HashMap<>(input);
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> report = data(graphqlExact(query, Map.of("input", page)), "report");
            rows.addAll((List<Object>) cast(report.get("rows")));
            Map<String, Object> pageInfo = cast(report.get("pageInfo"));
            if (!(Boolean) pageInfo.get("hasNextPage")) {
                return rows;
            }
            page.put("after", pageInfo.get("endCursor"));
        }
        throw new AssertionError("the report did not end within 100 pages");
    }

    /** A GraphQL row as its CSV line: the offer's id and name, the day, each metric's number. */
    private List<String> csvLine(Object row) {
        Map<String, Object> fields = cast(row);
        List<Map<String, Object>> dimensions = cast(fields.get("dimensions"));
        Map<String, Object> metrics = cast(fields.get("metrics"));
        List<String> line = new ArrayList<>(List.of((String) dimensions.get(0).get("value"), (String) dimensions.get(0).get("label"),
                (String) dimensions.get(1).get("value")));
        metricFields.forEach(metric -> line.add(metrics.get(metric) == null ? "" : number(metrics.get(metric))));
        return line;
    }

    /** A number as GraphQL wrote it, trailing zeros included. */
    private static String number(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private Map<String, Object> totals() {
        String query = "query($ws: ID!, $from: Date!, $to: Date!) { report(input: {from: $from, to: $to, groupBy: [], workspaceIds: [$ws]})"
                + " { totals { " + String.join(" ", metricFields == null ? List.of("visits", "conversions") : metricFields) + " } } }";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return cast(data(graphqlExact(query, Map.of("ws", workspaceId, "from", today.minusDays(1).toString(), "to",
                today.plusDays(1).toString())), "report").get("totals"));
    }

    /** The fields of GraphQL's Metrics, in schema order: the export's metric columns. */
    private List<String> metricFields() {
        Map<String, Object> type = data(walkthrough.graphql("{ __type(name: \"Metrics\") { fields { name } } }", Map.of()), "__type");
        List<Map<String, Object>> fields = cast(type.get("fields"));
        return fields.stream().map(field -> (String) field.get("name")).toList();
    }

    private String offer(String name) {
        return (String) data(walkthrough.graphql("""
                mutation($ws: ID!, $name: String!) { createOffer(input: {workspaceId: $ws, name: $name,
                  url: "https://offer.example/?click={cf_click_id}", payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""",
                Map.of("ws", workspaceId, "name", name)), "createOffer").get("id");
    }

    /** A GraphQL call whose decimals are read exactly, as the export's are. */
    private Map<String, Object> graphqlExact(String query, Map<String, Object> variables) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/graphql"))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("query", query, "variables", variables))))
                .build();
        return parse(walkthrough.send(request).body());
    }

    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return cast(((Map<String, Object>) cast(response.get("data"))).get(field));
    }

    private static Map<String, Object> at(Map<String, Object> map, String list, int index) {
        return cast(((List<Object>) cast(map.get(list))).get(index));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
