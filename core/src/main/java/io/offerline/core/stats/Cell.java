package io.offerline.core.stats;

import java.util.Objects;

/** A stats cell as stored: its key and its counters, the sum of every delta applied to it. */
public record Cell(CellKey key, CellDelta totals) {

    public Cell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totals, "totals");
    }
}
