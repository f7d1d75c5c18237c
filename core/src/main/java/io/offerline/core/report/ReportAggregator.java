package io.offerline.core.report;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Counters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a report from pre-aggregated stats cells: keeps the cells of the query's days that pass
 * every filter, sums their counters per group of dimension values, leaves out groups that sum to
 * zero, sorts and returns one page. The cells were chosen to tile the report's range, each within
 * one value of every time dimension the report uses ({@link ReportQuery#cellQuery}), so no cell is
 * split between days or hours.
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
        List<Cell> selected = cells.stream()
                .filter(cell -> !cell.key().bucket().isBefore(start) && !cell.key().end().isAfter(end))
                .flatMap(cell -> query.splitsByStatus() ? cell.byStatus().stream() : Stream.of(cell))
                .filter(cell -> passesFilters(cell.key(), query))
                .toList();
        Counters totals = selected.stream()
                .map(cell -> cell.totals().counters(query.conversionTime(), query.pendingRevenue()))
                .reduce(Counters.ZERO, Counters::plus);
        List<ReportRow> rows = rows(selected, query).stream().sorted(RowOrder.of(query)).toList();
        return new Report(page(rows, page), Metrics.of(totals));
    }

    private boolean passesFilters(CellKey cell, ReportQuery query) {
        return query.filters().stream().allMatch(filter -> filter.matches(cell, query.zone()));
    }

    private List<ReportRow> rows(List<Cell> cells, ReportQuery query) {
        Map<List<String>, Counters> groups = new LinkedHashMap<>();
        for (Cell cell : cells) {
            groups.merge(groupOf(cell.key(), query), cell.totals().counters(query.conversionTime(), query.pendingRevenue()), Counters::plus);
        }
        return groups.entrySet().stream()
                .filter(group -> !group.getValue().equals(Counters.ZERO))
                .map(group -> row(query.groupBy(), group.getKey(), group.getValue()))
                .toList();
    }

    /** A list that holds nulls: a cell without a lander is a group of its own. */
    private List<String> groupOf(CellKey cell, ReportQuery query) {
        return Arrays.asList(query.groupBy().stream().map(dimension -> dimension.valueOf(cell, query.zone())).toArray(String[]::new));
    }

    private ReportRow row(List<Dimension> groupBy, List<String> values, Counters counters) {
        List<DimensionValue> dimensions = new ArrayList<>();
        for (int position = 0; position < groupBy.size(); position++) {
            dimensions.add(new DimensionValue(groupBy.get(position), values.get(position)));
        }
        return new ReportRow(dimensions, Metrics.of(counters));
    }

    /** The rows {@code request} asks for; all of them without a request. */
    private Page<ReportRow> page(List<ReportRow> rows, PageRequest request) {
        int start = request == null ? 0 : Math.min(ReportCursor.startAfter(request.after()), rows.size());
        int end = request == null ? rows.size() : Math.min(start + request.first(), rows.size());
        List<Page.Edge<ReportRow>> edges = new ArrayList<>();
        for (int position = start; position < end; position++) {
            edges.add(new Page.Edge<>(rows.get(position), ReportCursor.of(position)));
        }
        return new Page<>(edges, end < rows.size());
    }
}
