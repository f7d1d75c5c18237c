package io.offerline.core.stats;

import java.time.Instant;
import java.util.List;

/** Reads the stored stats cells. */
public interface StatsCells {

    /**
     * Every cell of a workspace whose bucket starts in {@code [from, to)}; both ends lie on bucket
     * boundaries. Implementations read by key ranges (a Query per time partition), never by scan.
     */
    List<Cell> cells(String workspaceId, Instant from, Instant to);
}
