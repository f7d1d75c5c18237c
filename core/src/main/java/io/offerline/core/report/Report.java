package io.offerline.core.report;

import io.offerline.core.common.Page;
import java.util.Map;
import java.util.Objects;

/**
 * One page of report rows, and the totals over every row of the report (not only this page).
 *
 * @param dimensionNames what the report's source calls a dimension, where it names it: a tracking
 *     field by its traffic source's name ({@code zone})
 */
public record Report(Page<ReportRow> rows, Metrics totals, Map<Dimension, String> dimensionNames) {

    public Report {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(totals, "totals");
        dimensionNames = Map.copyOf(dimensionNames);
    }

    public Report(Page<ReportRow> rows, Metrics totals) {
        this(rows, totals, Map.of());
    }

    /** This report with the names of its dimensions. */
    public Report named(Map<Dimension, String> names) {
        return new Report(rows, totals, names);
    }
}
