package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;

/**
 * How report rows are ordered: by a metric or by one of the grouped dimensions, never both.
 * Unknown values (a null metric, a null dimension value) come last in either direction, and rows
 * that tie are ordered by their dimension values ascending, so pages never overlap.
 */
public record ReportSort(Metric metric, Dimension dimension, boolean descending) {

    public ReportSort {
        if ((metric == null) == (dimension == null)) {
            throw new InvalidInputException("input.sort", "Sort by either a metric or a dimension.");
        }
    }

    public static ReportSort byMetric(Metric metric, boolean descending) {
        return new ReportSort(metric, null, descending);
    }

    public static ReportSort byDimension(Dimension dimension, boolean descending) {
        return new ReportSort(null, dimension, descending);
    }
}
