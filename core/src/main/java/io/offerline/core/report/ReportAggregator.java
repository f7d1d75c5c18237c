package io.offerline.core.report;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.CounterSum;
import io.offerline.core.stats.Counters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Builds a report from pre-aggregated stats cells: keeps the cells of the query's days that pass
 * every filter, sums their counters per group of dimension values, leaves out groups that sum to
 * zero, sorts and returns one page. The cells were chosen to tile the report's range, each within
 * one value of every time dimension the report uses ({@link ReportQuery#cellQuery}), so no cell is
 * split between days or hours.
 *
 * <p>A report may fold 100,000 cells into 50,000 rows (a month of zones), so the fold adds in
 * place and only the rows up to the requested page are put in order.
 */
public final class ReportAggregator {

    /** The report of {@code cells} (of one workspace or several, as the caller loaded them) for {@code query}. */
    public Report build(List<Cell> cells, ReportQuery query) {
        return build(cells, query, query.page());
    }

    /** The report of {@code cells} for {@code query} with every row on one page, whatever page the query asks: an export. */
    public Report buildAll(List<Cell> cells, ReportQuery query) {
        return build(cells, query, null);
    }

    private Report build(List<Cell> cells, ReportQuery query, PageRequest page) {
        Instant start = query.start();
        Instant end = query.end();
        boolean splitsByStatus = query.splitsByStatus();
        Map<List<String>, CounterSum> groups = new HashMap<>();
        CounterSum totals = new CounterSum();
        for (Cell stored : cells) {
            if (stored.key().bucket().isBefore(start) || stored.key().end().isAfter(end)) {
                continue;
            }
            if (!splitsByStatus) {
                add(stored, query, groups, totals);
                continue;
            }
            for (Cell part : stored.byStatus()) {
                add(part, query, groups, totals);
            }
        }
        return new Report(page(rows(groups, query.groupBy()), RowOrder.of(query), page), Metrics.of(totals.counters()));
    }

    private static void add(Cell cell, ReportQuery query, Map<List<String>, CounterSum> groups, CounterSum totals) {
        if (!passesFilters(cell.key(), query)) {
            return;
        }
        cell.totals().addTo(totals, query.conversionTime(), query.pendingRevenue());
        cell.totals().addTo(groups.computeIfAbsent(groupOf(cell.key(), query), group -> new CounterSum()), query.conversionTime(),
                query.pendingRevenue());
    }

    private static boolean passesFilters(CellKey cell, ReportQuery query) {
        for (ReportFilter filter : query.filters()) {
            if (!filter.matches(cell, query.zone())) {
                return false;
            }
        }
        return true;
    }

    private static List<ReportRow> rows(Map<List<String>, CounterSum> groups, List<Dimension> groupBy) {
        List<ReportRow> rows = new ArrayList<>(groups.size());
        groups.forEach((values, sum) -> {
            Counters counters = sum.counters();
            if (!counters.equals(Counters.ZERO)) {
                rows.add(row(groupBy, values, Metrics.of(counters)));
            }
        });
        return rows;
    }

    /** A list that holds nulls: a cell without a lander is a group of its own. */
    private static List<String> groupOf(CellKey cell, ReportQuery query) {
        List<Dimension> groupBy = query.groupBy();
        String[] values = new String[groupBy.size()];
        for (int position = 0; position < values.length; position++) {
            values[position] = groupBy.get(position).valueOf(cell, query.zone());
        }
        return Arrays.asList(values);
    }

    private static ReportRow row(List<Dimension> groupBy, List<String> values, Metrics metrics) {
        List<DimensionValue> dimensions = new ArrayList<>(groupBy.size());
        for (int position = 0; position < groupBy.size(); position++) {
            dimensions.add(new DimensionValue(groupBy.get(position), values.get(position)));
        }
        return new ReportRow(dimensions, metrics);
    }

    /** The rows {@code request} asks for, in {@code order}; all of them without a request. */
    private static Page<ReportRow> page(List<ReportRow> rows, Comparator<ReportRow> order, PageRequest request) {
        int start = request == null ? 0 : Math.min(ReportCursor.startAfter(request.after()), rows.size());
        int end = request == null ? rows.size() : Math.min(start + request.first(), rows.size());
        List<ReportRow> first = firstInOrder(rows, order, end);
        List<Page.Edge<ReportRow>> edges = new ArrayList<>(end - start);
        for (int position = start; position < end; position++) {
            edges.add(new Page.Edge<>(first.get(position), ReportCursor.of(position)));
        }
        return new Page<>(edges, end < rows.size());
    }

    /**
     * The first {@code count} rows in {@code order}: a page of 100 of 50,000 rows keeps the best 100
     * in a heap (n log 100 comparisons) instead of sorting them all (n log n).
     */
    private static List<ReportRow> firstInOrder(List<ReportRow> rows, Comparator<ReportRow> order, int count) {
        if (count >= rows.size() / 2) {
            List<ReportRow> sorted = new ArrayList<>(rows);
            sorted.sort(order);
            return sorted;
        }
        PriorityQueue<ReportRow> best = new PriorityQueue<>(Math.max(1, count), order.reversed());
        for (ReportRow row : rows) {
            if (best.size() < count) {
                best.add(row);
            } else if (count > 0 && order.compare(row, best.peek()) < 0) {
                best.poll();
                best.add(row);
            }
        }
        List<ReportRow> first = new ArrayList<>(best);
        first.sort(order);
        return first;
    }
}
