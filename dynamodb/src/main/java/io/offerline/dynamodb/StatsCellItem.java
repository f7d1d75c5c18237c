package io.offerline.dynamodb;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Outcome;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stats cell item: its key, which holds the workspace, the bucket and the dimension values
 * ({@link Keys#statsCell}), and its counters, which the aggregator only ever {@code ADD}s to.
 */
final class StatsCellItem {

    private StatsCellItem() {
    }

    /** The counters of a delta by attribute name, as DynamoDB numbers. */
    static Map<String, String> counters(CellDelta delta) {
        Map<String, String> counters = new LinkedHashMap<>();
        counters.put("visits", Long.toString(delta.visits()));
        counters.put("uniqueVisits", Long.toString(delta.uniqueVisits()));
        counters.put("clicks", Long.toString(delta.clicks()));
        counters.put("botVisits", Long.toString(delta.botVisits()));
        counters.put("trafficCost", delta.trafficCost().toPlainString());
        putOutcome(counters, "", delta.atPostback());
        putOutcome(counters, "visitTime", delta.atVisit());
        return counters;
    }

    static Cell cell(Map<String, AttributeValue> item) {
        CellKey key = Keys.statsCellOf(item.get(OfferlineTables.PARTITION_KEY).s(), item.get(OfferlineTables.SORT_KEY).s());
        CellDelta totals = new CellDelta(count(item, "visits"), count(item, "uniqueVisits"), count(item, "clicks"),
                count(item, "botVisits"), amount(item, "trafficCost"), outcome(item, ""), outcome(item, "visitTime"));
        return new Cell(key, totals);
    }

    private static void putOutcome(Map<String, String> counters, String prefix, Outcome outcome) {
        counters.put(name(prefix, "conversions"), Long.toString(outcome.conversions()));
        counters.put(name(prefix, "revenue"), outcome.revenue().toPlainString());
        counters.put(name(prefix, "conversionCost"), outcome.cost().toPlainString());
    }

    private static Outcome outcome(Map<String, AttributeValue> item, String prefix) {
        return new Outcome(count(item, name(prefix, "conversions")), amount(item, name(prefix, "revenue")),
                amount(item, name(prefix, "conversionCost")));
    }

    /** {@code conversions} or, with prefix {@code visitTime}, {@code visitTimeConversions}. */
    private static String name(String prefix, String counter) {
        return prefix.isEmpty() ? counter : prefix + Character.toUpperCase(counter.charAt(0)) + counter.substring(1);
    }

    private static long count(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    private static BigDecimal amount(Map<String, AttributeValue> item, String name) {
        return new BigDecimal(item.get(name).n());
    }
}
