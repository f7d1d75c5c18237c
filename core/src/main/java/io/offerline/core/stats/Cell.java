package io.offerline.core.stats;

import io.offerline.core.conversion.ConversionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A stats cell as stored: its key and its counters, the sum of every delta applied to it. */
public record Cell(CellKey key, CellDelta totals) {

    public Cell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * This cell split by conversion status, for a report that groups or filters by it: a part
     * without status holds the traffic, and each status with conversions a part of its own.
     * Parts that would be zero are left out.
     */
    public List<Cell> byStatus() {
        List<Cell> parts = new ArrayList<>();
        addUnlessZero(parts, null, totals.trafficOnly());
        for (ConversionStatus status : ConversionStatus.values()) {
            addUnlessZero(parts, status.name(), totals.conversionsOnly(status));
        }
        return parts;
    }

    private void addUnlessZero(List<Cell> parts, String status, CellDelta part) {
        if (!part.isZero()) {
            parts.add(new Cell(key.with(key.dimensions().withConversionStatus(status)), part));
        }
    }
}
