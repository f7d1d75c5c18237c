package io.offerline.core.report;

import java.util.List;
import java.util.Objects;

/** One group of a report: its dimension values, in the order of the query's groupBy, and its metrics. */
public record ReportRow(List<DimensionValue> dimensions, Metrics metrics) {

    public ReportRow {
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The value of {@code dimension} in this row; null when it is unknown or not grouped by. */
    public String valueOf(Dimension dimension) {
        for (DimensionValue value : dimensions) {
            if (value.dimension() == dimension) {
                return value.value();
            }
        }
        return null;
    }
}
