package io.offerline.core.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The total order of a report's rows: the query's sort, then the grouped dimensions in groupBy
 * order, ascending. Grouped rows differ in at least one dimension value, so no two rows tie and
 * pages of the same report never overlap.
 */
final class RowOrder {

    private RowOrder() {
    }

    static Comparator<ReportRow> of(ReportQuery query) {
        Comparator<ReportRow> byDimensions = byDimensions(query.groupBy());
        ReportSort sort = query.sort();
        if (sort == null) {
            return byDimensions;
        }
        if (sort.metric() != null) {
            return byMetric(sort.metric(), sort.descending()).thenComparing(byDimensions);
        }
        int position = query.groupBy().indexOf(sort.dimension());
        return byDimension(position, sort.dimension(), sort.descending()).thenComparing(byDimensions);
    }

    private static Comparator<ReportRow> byMetric(Metric metric, boolean descending) {
        Comparator<BigDecimal> values = descending ? Comparator.<BigDecimal>naturalOrder().reversed() : Comparator.naturalOrder();
        return Comparator.comparing(row -> metric.valueIn(row.metrics()), Comparator.nullsLast(values));
    }

    private static Comparator<ReportRow> byDimensions(List<Dimension> groupBy) {
        Comparator<ReportRow> order = (first, second) -> 0;
        for (int position = 0; position < groupBy.size(); position++) {
            order = order.thenComparing(byDimension(position, groupBy.get(position), false));
        }
        return order;
    }

    private static Comparator<ReportRow> byDimension(int position, Dimension dimension, boolean descending) {
        return Comparator.comparing(row -> row.dimensions().get(position).value(), dimension.order(descending));
    }
}
