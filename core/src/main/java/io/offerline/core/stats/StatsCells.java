package io.offerline.core.stats;

import java.time.Instant;
import java.util.List;

/** Reads the stored stats cells. */
public interface StatsCells {

    /**
     * The cells of {@code query}: those of its family and campaigns whose periods lie in its spans.
     * Implementations read by key ranges (a Query per partition, several at once), never by scan.
     */
    List<Cell> cells(CellQuery query);

    /**
     * Every main cell of a workspace covering {@code [from, to)} (both on quarter-hour boundaries),
     * in the coarsest grains that tile the range.
     */
    default List<Cell> cells(String workspaceId, Instant from, Instant to) {
        return cells(CellQuery.main(workspaceId, from, to));
    }
}
