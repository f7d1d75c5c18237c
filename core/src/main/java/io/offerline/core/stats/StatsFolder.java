package io.offerline.core.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds events into one summed delta per cell. Folding is a sum, so folding a batch equals
 * merging the folds of its parts, whatever the split: a retried or split batch lands on the same
 * cells as the whole.
 */
public final class StatsFolder {

    /**
     * The summed delta of each stored cell the complete events touch, spread over the roll-ups
     * and detail families by {@link CellLayout}; cells whose deltas cancel out are left out.
     * Incomplete events (a click whose visit is unknown) are not counted.
     */
    public Map<CellKey, CellDelta> fold(List<? extends StatsEvent> events) {
        Map<CellKey, CellDelta> cells = new HashMap<>();
        for (StatsEvent event : events) {
            if (event.isComplete()) {
                CellLayout.spread(event.changes(), cells);
            }
        }
        cells.values().removeIf(CellDelta::isZero);
        return cells;
    }

    /** The cell-wise sum of two folds, without cells that cancel out. */
    public Map<CellKey, CellDelta> merge(Map<CellKey, CellDelta> first, Map<CellKey, CellDelta> second) {
        Map<CellKey, CellDelta> cells = new HashMap<>(first);
        second.forEach((key, delta) -> cells.merge(key, delta, CellDelta::plus));
        cells.values().removeIf(CellDelta::isZero);
        return cells;
    }
}
