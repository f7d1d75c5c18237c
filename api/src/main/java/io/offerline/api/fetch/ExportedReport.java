package io.offerline.api.fetch;

import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metrics;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Every row of a report as the API shows it, labels resolved: what {@code /export/report.csv}
 * and {@code .json} write. Rows and values have the shape of the GraphQL report's.
 */
public record ExportedReport(List<Dimension> groupBy, Map<Dimension, String> dimensionNames, List<Row> rows, Metrics totals,
        Currency currency) {

    public ExportedReport {
        groupBy = List.copyOf(groupBy);
        dimensionNames = Map.copyOf(dimensionNames);
        rows = List.copyOf(rows);
    }

    /** What the report's source calls {@code dimension} (a tracking field: {@code zone}), else its own name. */
    public String nameOf(Dimension dimension) {
        return dimensionNames.getOrDefault(dimension, dimension.name());
    }

    /** One group: its dimension values in groupBy order, and its metrics. */
    public record Row(List<Value> dimensions, Metrics metrics) {
    }

    /** A dimension's value (an id for entity dimensions) and its label (the entity's name, else the value). */
    public record Value(Dimension dimension, String value, String label) {
    }
}
