package io.offerline.local;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.Outcome;
import io.offerline.dynamodb.DynamoStatsCells;
import io.offerline.dynamodb.TableNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A soak run's audit: every stat of a workspace, and of each of its offers, recomputed from the
 * raw events (the visit, click and conversion items as stored, read by a Scan, with rules
 * written here again rather than taken from the aggregator), then compared with the stats cells
 * and with the offers' stats as the API answers them.
 */
final class StatsAudit {

    static final String WORKSPACE = "workspace";

    /** The stats the audit compares, for a workspace or one offer. */
    record Totals(long visits, long clicks, long botVisits, long conversions, BigDecimal revenue, BigDecimal cost) {

        static final Totals ZERO = new Totals(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(visits + other.visits, clicks + other.clicks, botVisits + other.botVisits,
                    conversions + other.conversions, revenue.add(other.revenue), cost.add(other.cost));
        }

        /** Equal counts, and amounts equal to the stored scale. */
        boolean sameAs(Totals other) {
            return visits == other.visits && clicks == other.clicks && botVisits == other.botVisits
                    && conversions == other.conversions && revenue.compareTo(other.revenue) == 0 && cost.compareTo(other.cost) == 0;
        }
    }

    private StatsAudit() {
    }

    /** The workspace's stats ({@link #WORKSPACE}) and each offer's ({@code offer <id>}), from the raw events. */
    static Map<String, Totals> fromRawEvents(DynamoDbClient client, TableNames tables, String workspaceId) {
        Map<String, List<Map<String, AttributeValue>>> byClick = new HashMap<>();
        client.scanPaginator(request -> request.tableName(tables.events()).filterExpression("begins_with(pk, :click)")
                        .expressionAttributeValues(Map.of(":click", AttributeValue.fromS("CLICK#")))).items()
                .forEach(item -> byClick.computeIfAbsent(item.get("pk").s(), pk -> new ArrayList<>()).add(item));
        Map<String, Totals> totals = new TreeMap<>();
        for (List<Map<String, AttributeValue>> items : byClick.values()) {
            Map<String, AttributeValue> visit = items.stream().filter(item -> "VISIT".equals(string(item, "type"))).findFirst().orElse(null);
            if (visit == null || !workspaceId.equals(string(visit, "workspaceId"))) {
                continue;
            }
            items.forEach(item -> count(totals, visit, item));
        }
        return totals;
    }

    private static void count(Map<String, Totals> totals, Map<String, AttributeValue> visit, Map<String, AttributeValue> item) {
        String type = string(item, "type");
        if ("VISIT".equals(type)) {
            boolean direct = item.containsKey("offerId");
            Totals visited = new Totals(1, direct ? 1 : 0, item.get("bot").bool() ? 1 : 0, 0, BigDecimal.ZERO,
                    new BigDecimal(item.get("costPerVisit").n()));
            add(totals, string(item, "offerId"), visited);
        } else if ("CLICK".equals(type)) {
            add(totals, string(item, "offerId"), new Totals(0, 1, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        } else if ("CONVERSION".equals(type) && !"DECLINED".equals(string(item, "status"))) {
            // The soak's campaign pays per visit (CPC), so a conversion adds no cost.
            add(totals, string(item, "offerId"), new Totals(0, 0, 0, item.get("countsAsConversion").bool() ? 1 : 0,
                    item.get("countsAsRevenue").bool() ? new BigDecimal(item.get("revenue").n()) : BigDecimal.ZERO, BigDecimal.ZERO));
        }
    }

    private static void add(Map<String, Totals> totals, String offerId, Totals delta) {
        totals.merge(WORKSPACE, delta, Totals::plus);
        if (offerId != null) {
            totals.merge("offer " + offerId, delta, Totals::plus);
        }
    }

    /** The same stats summed from the workspace's stats cells between two instants, conversions at their postback's time. */
    static Map<String, Totals> fromCells(DynamoDbClient client, TableNames tables, String workspaceId, Instant from, Instant to) {
        Map<String, Totals> totals = new TreeMap<>();
        // Whole UTC days: a cell query covers whole periods, and the soak's traffic lies well inside them.
        Instant firstDay = from.truncatedTo(ChronoUnit.DAYS);
        Instant afterLastDay = to.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        for (Cell cell : new DynamoStatsCells(client, tables).cells(CellQuery.main(workspaceId, firstDay, afterLastDay))) {
            CellDelta delta = cell.totals();
            // A report's conversions, revenue and cost are the approved and the pending ones.
            Outcome counted = delta.atPostback().approved().plus(delta.atPostback().pending());
            add(totals, cell.key().dimensions().offerId(), new Totals(delta.visits(), delta.clicks(),
                    delta.botVisits(), counted.conversions(), counted.revenue(), delta.trafficCost().add(counted.cost())));
        }
        return totals;
    }

    /** Each offer's stats as the API's {@code Offer.stats} answers them. */
    @SuppressWarnings("unchecked")
    static Map<String, Totals> fromOfferStats(Walkthrough api, List<String> offerIds, LocalDate from, LocalDate to) {
        Map<String, Totals> totals = new TreeMap<>();
        for (String offerId : offerIds) {
            Map<String, Object> answer = api.graphql("query($id: ID!, $from: Date!, $to: Date!) { offer(id: $id) { stats(from: $from, to: $to) "
                    + "{ visits clicks botVisits conversions revenue cost } } }",
                    Map.of("id", offerId, "from", from.toString(), "to", to.toString()));
            Map<String, Object> stats = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) answer.get("data")).get("offer"))
                    .get("stats");
            Totals offer = new Totals(number(stats, "visits"), number(stats, "clicks"),
                    number(stats, "botVisits"), number(stats, "conversions"), amount(stats, "revenue"), amount(stats, "cost"));
            if (!offer.sameAs(Totals.ZERO)) {
                totals.put("offer " + offerId, offer);
            }
        }
        return totals;
    }

    /** One line per stat that differs, naming where: empty when {@code actual} holds what {@code expected} does. */
    static List<String> differences(String source, Map<String, Totals> expected, Map<String, Totals> actual) {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(union(expected, actual))) {
            Totals want = expected.getOrDefault(key, Totals.ZERO);
            Totals got = actual.getOrDefault(key, Totals.ZERO);
            if (!want.sameAs(got)) {
                differences.add(source + ", " + key + ": raw events " + want + ", " + source + " " + got);
            }
        }
        return differences;
    }

    private static List<String> union(Map<String, Totals> first, Map<String, Totals> second) {
        List<String> keys = new ArrayList<>(first.keySet());
        keys.addAll(second.keySet());
        return keys;
    }

    private static long number(Map<String, Object> stats, String name) {
        return ((Number) stats.get(name)).longValue();
    }

    private static BigDecimal amount(Map<String, Object> stats, String name) {
        return new BigDecimal(String.valueOf(stats.get(name)));
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : Objects.requireNonNull(value.s());
    }
}
