package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stats cell item: its key, which holds the workspace, the grain, the bucket and the
 * dimension values ({@link Keys#statsCell}), and its counters, which the aggregator only ever
 * {@code ADD}s to. A counter that was never added to is absent and reads as zero, so a cell of
 * visits carries no conversion counters. Approved conversions keep the names all counted
 * conversions had before statuses were counted apart ({@code conversions}, {@code revenue},
 * {@code conversionCost}), pending and declined ones are prefixed ({@code pendingConversions}).
 */
final class StatsCellItem {

    private StatsCellItem() {
    }

    /** The non-zero counters of a delta by attribute name, as DynamoDB numbers. */
    static Map<String, String> counters(CellDelta delta) {
        Map<String, String> counters = new LinkedHashMap<>();
        putCount(counters, "visits", delta.visits());
        putCount(counters, "uniqueVisits", delta.uniqueVisits());
        putCount(counters, "clicks", delta.clicks());
        putCount(counters, "botVisits", delta.botVisits());
        putAmount(counters, "trafficCost", delta.trafficCost());
        putOutcomes(counters, "", delta.atPostback());
        putOutcomes(counters, "visitTime", delta.atVisit());
        return counters;
    }

    static Cell cell(Map<String, AttributeValue> item) {
        CellKey key = Keys.statsCellOf(item.get(OfferlineTables.PARTITION_KEY).s(), item.get(OfferlineTables.SORT_KEY).s());
        CellDelta totals = new CellDelta(count(item, "visits"), count(item, "uniqueVisits"), count(item, "clicks"),
                count(item, "botVisits"), amount(item, "trafficCost"), outcomes(item, ""), outcomes(item, "visitTime"));
        return new Cell(key, totals);
    }

    private static void putOutcomes(Map<String, String> counters, String prefix, Outcomes outcomes) {
        for (ConversionStatus status : ConversionStatus.values()) {
            Outcome outcome = outcomes.of(status);
            putCount(counters, name(prefix, status, "conversions"), outcome.conversions());
            putAmount(counters, name(prefix, status, "revenue"), outcome.revenue());
            putAmount(counters, name(prefix, status, "conversionCost"), outcome.cost());
        }
    }

    private static Outcomes outcomes(Map<String, AttributeValue> item, String prefix) {
        return new Outcomes(outcome(item, prefix, ConversionStatus.APPROVED), outcome(item, prefix, ConversionStatus.PENDING),
                outcome(item, prefix, ConversionStatus.DECLINED));
    }

    private static Outcome outcome(Map<String, AttributeValue> item, String prefix, ConversionStatus status) {
        return new Outcome(count(item, name(prefix, status, "conversions")), amount(item, name(prefix, status, "revenue")),
                amount(item, name(prefix, status, "conversionCost")));
    }

    /** {@code conversions}, {@code pendingConversions}, {@code visitTimeConversions}, {@code visitTimeDeclinedRevenue}, … */
    private static String name(String prefix, ConversionStatus status, String counter) {
        String qualifier = status == ConversionStatus.APPROVED ? "" : status.name().toLowerCase(Locale.ROOT);
        return camel(camel(prefix, qualifier), counter);
    }

    private static String camel(String prefix, String word) {
        if (prefix.isEmpty() || word.isEmpty()) {
            return prefix + word;
        }
        return prefix + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void putCount(Map<String, String> counters, String name, long count) {
        if (count != 0) {
            counters.put(name, Long.toString(count));
        }
    }

    private static void putAmount(Map<String, String> counters, String name, BigDecimal amount) {
        if (amount.signum() != 0) {
            counters.put(name, amount.toPlainString());
        }
    }

    private static long count(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }

    private static BigDecimal amount(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.n());
    }
}
