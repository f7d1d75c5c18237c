package io.offerline.core.cost;

import io.offerline.core.common.Money;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.ReportFilter;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a cost update changes the quarter-hour cells (the aggregator spreads each change to its
 * roll-ups): the cells it covers get its amount split by their visits ({@link CostSplit}), and
 * each cell's visit cost moves from what it holds to its part. Setting, not adding, is what makes
 * a later update of the same range replace an earlier one, and applying an update again (a
 * retried batch) change nothing.
 *
 * <p>Every family of cells holds the same visits cut another way, so each gets the amount split
 * over its own cells: the main cells (offer, country, OS, … per quarter hour) and each detail
 * family (a zone's, a keyword's cells). In a family a visit without a value (no zone) has no cell;
 * its share goes to none of them, so a family's parts are what its visits cost. ROI by any
 * dimension stays right within a cent per cell. Conversion costs (CPA, RevShare) stay as they are.
 *
 * <p>A filter on a detail (one zone) selects that family's cells only: they are set to their
 * parts, and the main cells of the same quarter hour, campaign, offer, lander, network, traffic
 * source, country and device take each change, split by their visits (which of them the zone's
 * visits were in, by OS or browser, the cells do not know). Other details' cells keep their cost.
 */
public final class CostSpread {

    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::toString);

    private CostSpread() {
    }

    /**
     * The quarter-hour cell changes of {@code update}, in units that must be written together (a
     * detail cell with the main cells its change moves); nothing where the cells hold no visits.
     *
     * @param mainCells the main quarter-hour cells of the update's workspace and range, as read just before
     * @param detailCells the same of each detail family, the update's campaign's for tracking fields
     */
    public static List<Map<CellKey, CellDelta>> changes(CostUpdate update, List<Cell> mainCells, Map<Detail, List<Cell>> detailCells) {
        Detail filtered = filteredDetail(update);
        if (filtered != null) {
            return throughDetail(update, covered(update, detailCells.getOrDefault(filtered, List.of())), covered(update, mainCells, filtered));
        }
        Map<CellKey, CellDelta> main = covered(update, mainCells);
        long visits = visits(main);
        List<Map<CellKey, CellDelta>> units = new ArrayList<>();
        set(update.amount(), scale(update), main, 0).forEach((key, delta) -> units.add(Map.of(key, delta)));
        if (families(update)) {
            detailCells.forEach((detail, cells) -> set(update.amount(), scale(update), covered(update, cells), visits - visits(covered(update, cells)))
                    .forEach((key, delta) -> units.add(Map.of(key, delta))));
        }
        return units;
    }

    /** The families' cells hold every dimension the filters name (no OS filter, for instance). */
    private static boolean families(CostUpdate update) {
        return update.filters().stream().map(ReportFilter::dimension).allMatch(Dimension::combinesWithDetails);
    }

    private static Detail filteredDetail(CostUpdate update) {
        return update.filters().stream().map(filter -> filter.dimension().detail()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Each detail cell set to its part, the change moved onto the main cells of its group by their visits. */
    private static List<Map<CellKey, CellDelta>> throughDetail(CostUpdate update, Map<CellKey, CellDelta> detail,
            Map<CellKey, CellDelta> main) {
        Map<CellKey, List<CellKey>> mainByGroup = new HashMap<>();
        main.keySet().forEach(key -> mainByGroup.computeIfAbsent(group(key), unused -> new ArrayList<>()).add(key));
        List<Map<CellKey, CellDelta>> units = new ArrayList<>();
        set(update.amount(), scale(update), detail, 0).forEach((key, delta) -> {
            Map<CellKey, CellDelta> unit = new LinkedHashMap<>(Map.of(key, delta));
            Map<CellKey, Long> weights = new LinkedHashMap<>();
            mainByGroup.getOrDefault(group(key), List.of()).forEach(cell -> weights.put(cell, main.get(cell).visits()));
            if (weights.values().stream().mapToLong(Long::longValue).sum() > 0) {
                split(delta.trafficCost(), weights).forEach((cell, part) -> unit.merge(cell, CellDelta.traffic(0, 0, 0, part), CellDelta::plus));
            }
            units.add(unit);
        });
        return units;
    }

    /**
     * The changes that set {@code cells}' visit costs to their parts of {@code amount}, by visits;
     * {@code uncounted} visits (without a cell in this family) take their share away with them.
     */
    private static Map<CellKey, CellDelta> set(BigDecimal amount, int scale, Map<CellKey, CellDelta> cells, long uncounted) {
        if (visits(cells) <= 0) {
            return Map.of();
        }
        Map<CellKey, Long> weights = new LinkedHashMap<>();
        cells.forEach((key, totals) -> weights.put(key, totals.visits()));
        Map<CellKey, BigDecimal> parts = CostSplit.split(amount.setScale(scale), scale, withUncounted(weights, uncounted), ORDER);
        Map<CellKey, CellDelta> changes = new LinkedHashMap<>();
        cells.forEach((key, totals) -> {
            BigDecimal change = parts.get(key).subtract(totals.trafficCost());
            if (change.signum() != 0) {
                changes.put(key, CellDelta.traffic(0, 0, 0, change));
            }
        });
        return changes;
    }

    /** A key no cell has stands for the visits without one; it sorts last. */
    private static Map<CellKey, Long> withUncounted(Map<CellKey, Long> weights, long uncounted) {
        if (uncounted <= 0) {
            return weights;
        }
        Map<CellKey, Long> all = new LinkedHashMap<>(weights);
        CellKey any = weights.keySet().iterator().next();
        all.put(new CellKey(any.workspaceId(), any.bucket(), Dimensions.NONE), uncounted);
        return all;
    }

    /** A signed amount split by weights at the stored scale. */
    private static Map<CellKey, BigDecimal> split(BigDecimal amount, Map<CellKey, Long> weights) {
        Map<CellKey, BigDecimal> parts = CostSplit.split(Money.stored(amount.abs()), Money.STORED_SCALE, weights, ORDER);
        if (amount.signum() < 0) {
            parts.replaceAll((key, part) -> part.negate());
        }
        return parts;
    }

    private static Map<CellKey, CellDelta> covered(CostUpdate update, List<Cell> cells) {
        Map<CellKey, CellDelta> covered = new LinkedHashMap<>();
        cells.stream().filter(cell -> update.covers(cell.key())).forEach(cell -> covered.merge(cell.key(), cell.totals(), CellDelta::plus));
        return covered;
    }

    /** The main cells of the update's campaign and range that pass its filters other than the detail's. */
    private static Map<CellKey, CellDelta> covered(CostUpdate update, List<Cell> cells, Detail filtered) {
        CostUpdate withoutDetail = update.withFilters(update.filters().stream().filter(filter -> filter.dimension().detail() != filtered).toList());
        return covered(withoutDetail, cells);
    }

    /** What a detail cell and a main cell share: the dimensions a detail family keeps. */
    private static CellKey group(CellKey cell) {
        Dimensions dimensions = cell.dimensions();
        return new CellKey(cell.workspaceId(), cell.bucket(), new Dimensions(dimensions.campaignId(), dimensions.offerId(),
                dimensions.landerId(), dimensions.networkId(), dimensions.trafficSourceId(), dimensions.country(), dimensions.deviceType(),
                null, null, null, null, null, dimensions.conversionStatus(), Details.NONE));
    }

    private static long visits(Map<CellKey, CellDelta> cells) {
        return cells.values().stream().mapToLong(CellDelta::visits).sum();
    }

    private static int scale(CostUpdate update) {
        return Math.max(0, update.currency().getDefaultFractionDigits());
    }
}
