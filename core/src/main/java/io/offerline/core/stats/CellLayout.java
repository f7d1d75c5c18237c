package io.offerline.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which stored cells an event's change lands in: the one home of the cell layout.
 *
 * <ul>
 *   <li><b>Main cells</b> hold every dimension but the details, in each {@link #MAIN_GRAINS grain}:
 *       the quarter hour of the event, its hour, its UTC day and its UTC month.</li>
 *   <li><b>Detail cells</b>: for each {@link Detail} the event has a value of, a cell of that
 *       detail's family holding the value and only the campaign, offer, lander, network, traffic source, country
 *       and device type ({@link Dimensions#forDetail}), in the
 *       quarter hour and the UTC day ({@link #DETAIL_GRAINS}). A family keeps one detail, so a
 *       zone's 100,000 values do not multiply with a creative's.</li>
 * </ul>
 *
 * <p>A visit with every detail lands in 4 + 25 × 2 = 54 cells; a conversion, by postback and by
 * visit time, in at most 108. Most events fit one stats transaction (99 cells); the aggregator
 * writes a larger one in parts, each added once.
 */
public final class CellLayout {

    public static final List<Grain> MAIN_GRAINS = List.of(Grain.QUARTER, Grain.HOUR, Grain.DAY, Grain.MONTH);
    public static final List<Grain> DETAIL_GRAINS = List.of(Grain.QUARTER, Grain.DAY);

    private CellLayout() {
    }

    /** The grains a family is stored in: {@code null} for the main cells. */
    public static List<Grain> grainsOf(Detail family) {
        return family == null ? MAIN_GRAINS : DETAIL_GRAINS;
    }

    /**
     * Every stored cell the change of an event's quarter-hour cell {@code key} (dimensions with all
     * the event's details) adds {@code delta} to.
     */
    public static List<CellKey> cellsOf(CellKey key) {
        List<CellKey> cells = new ArrayList<>();
        CellKey main = key.with(key.dimensions().withoutDetails());
        MAIN_GRAINS.forEach(grain -> cells.add(main.rolledUpTo(grain)));
        for (Detail detail : key.dimensions().details().present()) {
            CellKey detailed = key.with(key.dimensions().forDetail(detail));
            DETAIL_GRAINS.forEach(grain -> cells.add(detailed.rolledUpTo(grain)));
        }
        return cells;
    }

    /** Each change of {@code changes} spread over the cells it lands in, summed per cell. */
    static void spread(Map<CellKey, CellDelta> changes, Map<CellKey, CellDelta> into) {
        changes.forEach((key, delta) -> cellsOf(key).forEach(cell -> into.merge(cell, delta, CellDelta::plus)));
    }
}
