package io.offerline.core.report;

import io.offerline.core.common.Page;
import java.util.Objects;

/**
 * One page of report rows, and the totals over every row of the report (not only this page).
 */
public record Report(Page<ReportRow> rows, Metrics totals) {

    public Report {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(totals, "totals");
    }
}
