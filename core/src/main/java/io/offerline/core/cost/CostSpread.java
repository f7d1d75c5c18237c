package io.offerline.core.cost;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a cost update changes the cells: the cells it covers get its amount split by their visits
 * ({@link CostSplit}), and each cell's visit cost moves from what it holds to its part. Setting,
 * not adding, is what makes a later update of the same range replace an earlier one, and what
 * makes applying an update again (a retried batch) change nothing.
 *
 * <p>Every cell is one combination of campaign, offer, lander, traffic source, country, device
 * and the other dimensions, so each offer's (and each country's) cost is the amount times its
 * share of the visits, within a cent per cell: ROI by any dimension stays right. Conversion costs
 * (CPA, revenue share) are not visit costs and stay as they are.
 */
public final class CostSpread {

    private CostSpread() {
    }

    /**
     * The changes that give the cells {@code update} covers their parts of its amount; nothing
     * when they hold no visits (there is nothing to carry the cost).
     *
     * @param cells the stored cells of the update's workspace and range, as read just before
     */
    public static Map<CellKey, CellDelta> changes(CostUpdate update, List<Cell> cells) {
        Map<CellKey, CellDelta> covered = new LinkedHashMap<>();
        cells.stream().filter(cell -> update.covers(cell.key())).forEach(cell -> covered.merge(cell.key(), cell.totals(), CellDelta::plus));
        Map<CellKey, Long> visits = new HashMap<>();
        covered.forEach((key, totals) -> visits.put(key, totals.visits()));
        if (visits.values().stream().mapToLong(Long::longValue).sum() <= 0) {
            return Map.of();
        }
        int scale = Math.max(0, update.currency().getDefaultFractionDigits());
        Map<CellKey, BigDecimal> parts = CostSplit.split(update.amount().setScale(scale), scale, visits,
                Comparator.comparing(CellKey::toString));
        Map<CellKey, CellDelta> changes = new LinkedHashMap<>();
        parts.forEach((key, part) -> {
            BigDecimal change = part.subtract(covered.get(key).trafficCost());
            if (change.signum() != 0) {
                changes.put(key, CellDelta.traffic(0, 0, 0, change));
            }
        });
        return changes;
    }
}
