package io.offerline.core.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The fewest cells that tile a range: from each instant on, the coarsest grain whose period
 * starts there, ends within the range and is {@code usable} (a report by local day cannot use a
 * UTC day in New York, but can use its hours); the quarter hour always fits. A 3-year range is
 * some 36 months and a few days, hours and quarter hours at its edges.
 */
public final class GrainCover {

    private GrainCover() {
    }

    /**
     * The spans, consecutive periods of one grain merged, covering {@code [from, to)} (both quarter-hour
     * starts) with the grains of {@code grains}.
     */
    public static List<CellSpan> of(Instant from, Instant to, List<Grain> grains, BiPredicate<Instant, Instant> usable) {
        List<CellSpan> spans = new ArrayList<>();
        Instant at = from;
        while (at.isBefore(to)) {
            Grain grain = coarsestAt(at, to, grains, usable);
            Instant next = grain.next(at);
            CellSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.grain() == grain && last.to().equals(at)) {
                spans.set(spans.size() - 1, new CellSpan(grain, last.from(), next));
            } else {
                spans.add(new CellSpan(grain, at, next));
            }
            at = next;
        }
        return spans;
    }

    private static Grain coarsestAt(Instant at, Instant to, List<Grain> grains, BiPredicate<Instant, Instant> usable) {
        for (int index = grains.size() - 1; index > 0; index--) {
            Grain grain = grains.get(index);
            if (grain.starts(at) && !grain.next(at).isAfter(to) && usable.test(at, grain.next(at))) {
                return grain;
            }
        }
        return Grain.QUARTER;
    }
}
