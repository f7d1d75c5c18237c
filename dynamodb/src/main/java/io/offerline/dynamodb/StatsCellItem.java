package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stats cell item: its key, which holds the workspace, the grain, the bucket and the
 * dimension values ({@link Keys#statsCell}), and its counters, which the aggregator only ever
 * {@code ADD}s to. A counter that was never added to is absent and reads as zero, so a cell of
 * visits carries no conversion counters.
 *
 * <p>Counter names are short, since every report reads them once per cell: {@code v} visits,
 * {@code c} clicks, {@code b} bot visits, {@code t} traffic cost, and per status ({@code a}pproved,
 * {@code p}ending, {@code d}eclined) {@code n} conversions, {@code r} revenue, {@code c} their cost,
 * by postback time ({@code an}, {@code pr}, …) and, prefixed {@code v}, by visit time ({@code van});
 * none is {@code pk} or {@code sk}.
 * Cells written before keep their long names ({@code visits}, {@code conversions},
 * {@code visitTimeRevenue}, …, with every counted conversion as approved); both are read and summed.
 */
final class StatsCellItem {

    /**
     * What a report reads of a cell: the sort key and every counter name, short and long; the
     * partition key is the Query's own, and leaving it out spares parsing a third of a detail cell.
     */
    static final List<String> READ = readAttributes();
    private static final List<OutcomeNames> AT_POSTBACK = OutcomeNames.of("", "");
    private static final List<OutcomeNames> AT_VISIT = OutcomeNames.of("v", "visitTime");

    private StatsCellItem() {
    }

    private static List<String> readAttributes() {
        List<String> names = new ArrayList<>(List.of(OfferlineTables.SORT_KEY, "v", "c", "b", "t", "visits", "clicks", "botVisits",
                "trafficCost"));
        for (String prefix : List.of("", "v")) {
            for (ConversionStatus status : ConversionStatus.values()) {
                List.of("n", "r", "c").forEach(counter -> names.add(prefix + tag(status) + counter));
            }
        }
        for (String prefix : List.of("", "visitTime")) {
            List.of("conversions", "revenue", "conversionCost").forEach(counter -> names.add(legacy(prefix, counter)));
        }
        return List.copyOf(names);
    }

    /** The non-zero counters of a delta by attribute name, as DynamoDB numbers. */
    static Map<String, String> counters(CellDelta delta) {
        Map<String, String> counters = new LinkedHashMap<>();
        putCount(counters, "v", delta.visits());
        putCount(counters, "c", delta.clicks());
        putCount(counters, "b", delta.botVisits());
        putAmount(counters, "t", delta.trafficCost());
        putOutcomes(counters, "", delta.atPostback());
        putOutcomes(counters, "v", delta.atVisit());
        return counters;
    }

    static Cell cell(Map<String, AttributeValue> item) {
        return cell(item.get(OfferlineTables.PARTITION_KEY).s(), item);
    }

    /** The cell of an item read from {@code partition} without its partition key (see {@link #READ}). */
    static Cell cell(String partition, Map<String, AttributeValue> item) {
        CellKey key = Keys.statsCellOf(partition, item.get(OfferlineTables.SORT_KEY).s());
        CellDelta totals = new CellDelta(count(item, "v", "visits"), count(item, "c", "clicks"), count(item, "b", "botVisits"),
                amount(item, "t", "trafficCost"), outcomes(item, AT_POSTBACK), outcomes(item, AT_VISIT));
        return new Cell(key, totals);
    }

    private static void putOutcomes(Map<String, String> counters, String prefix, Outcomes outcomes) {
        for (ConversionStatus status : ConversionStatus.values()) {
            Outcome outcome = outcomes.of(status);
            String name = prefix + tag(status);
            putCount(counters, name + "n", outcome.conversions());
            putAmount(counters, name + "r", outcome.revenue());
            putAmount(counters, name + "c", outcome.cost());
        }
    }

    /** Most cells count no conversion: they share the empty outcomes instead of parsing nine zeros. */
    private static Outcomes outcomes(Map<String, AttributeValue> item, List<OutcomeNames> names) {
        Outcome approved = outcome(item, names.get(0));
        Outcome pending = outcome(item, names.get(1));
        Outcome declined = outcome(item, names.get(2));
        if (approved == Outcome.NONE && pending == Outcome.NONE && declined == Outcome.NONE) {
            return Outcomes.NONE;
        }
        return new Outcomes(approved, pending, declined);
    }

    private static Outcome outcome(Map<String, AttributeValue> item, OutcomeNames names) {
        if (!names.presentIn(item)) {
            return Outcome.NONE;
        }
        return new Outcome(count(item, names.conversions(), names.legacyConversions()), amount(item, names.revenue(),
                names.legacyRevenue()), amount(item, names.cost(), names.legacyCost()));
    }

    /**
     * The attribute names of one status's counters, by postback or by visit time, computed once:
     * a report reads them from every cell. {@code legacy…} are null where no cell had long names.
     */
    private record OutcomeNames(String conversions, String revenue, String cost, String legacyConversions, String legacyRevenue,
            String legacyCost) {

        static List<OutcomeNames> of(String prefix, String legacyPrefix) {
            List<OutcomeNames> names = new ArrayList<>();
            for (ConversionStatus status : ConversionStatus.values()) {
                String name = prefix + tag(status);
                String legacy = status == ConversionStatus.APPROVED ? legacyPrefix : null;
                names.add(new OutcomeNames(name + "n", name + "r", name + "c", legacy(legacy, "conversions"), legacy(legacy, "revenue"),
                        legacy(legacy, "conversionCost")));
            }
            return List.copyOf(names);
        }

        boolean presentIn(Map<String, AttributeValue> item) {
            return item.containsKey(conversions) || item.containsKey(revenue) || item.containsKey(cost)
                    || legacyConversions != null && (item.containsKey(legacyConversions) || item.containsKey(legacyRevenue)
                    || item.containsKey(legacyCost));
        }
    }

    private static String tag(ConversionStatus status) {
        return status.name().substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** {@code conversions} or, with prefix {@code visitTime}, {@code visitTimeConversions}; null without a prefix. */
    private static String legacy(String prefix, String counter) {
        if (prefix == null) {
            return null;
        }
        return prefix.isEmpty() ? counter : prefix + Character.toUpperCase(counter.charAt(0)) + counter.substring(1);
    }

    private static void putCount(Map<String, String> counters, String name, long count) {
        if (count != 0) {
            counters.put(name, Long.toString(count));
        }
    }

    private static void putAmount(Map<String, String> counters, String name, BigDecimal amount) {
        if (amount.signum() != 0) {
            counters.put(name, amount.stripTrailingZeros().toPlainString());
        }
    }

    private static long count(Map<String, AttributeValue> item, String name, String legacyName) {
        return count(item.get(name)) + (legacyName == null ? 0 : count(item.get(legacyName)));
    }

    private static long count(AttributeValue value) {
        return value == null ? 0 : Long.parseLong(value.n());
    }

    private static BigDecimal amount(Map<String, AttributeValue> item, String name, String legacyName) {
        BigDecimal amount = amount(item.get(name));
        AttributeValue legacy = legacyName == null ? null : item.get(legacyName);
        return legacy == null ? amount : amount.add(amount(legacy));
    }

    private static BigDecimal amount(AttributeValue value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.n());
    }
}
