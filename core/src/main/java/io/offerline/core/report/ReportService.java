package io.offerline.core.report;

import io.offerline.core.account.Principal;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.Counters;
import io.offerline.core.stats.StatsCells;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports over the workspaces a caller may see: the cells of each workspace in the query's range
 * (read by key range, never scanned), aggregated once. An entity's {@code stats} are its row of
 * the same report, so lists and reports cannot disagree.
 */
public final class ReportService {

    /** Most workspaces one report reads: each is a range of reads of its own. */
    public static final int MAX_WORKSPACES = 50;
    private static final String TOO_MANY_WORKSPACES = "A report covers at most " + MAX_WORKSPACES
            + " workspaces; name them in workspaceIds, in several reports.";

    private final WorkspaceService workspaces;
    private final StatsCells cells;
    private final TrackingFieldScope trackingFields;
    private final Clock clock;
    private final ReportAggregator aggregator = new ReportAggregator();

    public ReportService(WorkspaceService workspaces, StatsCells cells, CampaignService campaigns, TrafficSourceService trafficSources,
            Clock clock) {
        this.workspaces = workspaces;
        this.cells = cells;
        this.trackingFields = new TrackingFieldScope(campaigns, trafficSources);
        this.clock = clock;
    }

    /**
     * The report over {@code workspaceIds}, or over every workspace of the caller's account when
     * none are given, at most {@link #MAX_WORKSPACES} either way; a workspace the caller may not
     * see fails as not found.
     */
    public Report report(Principal principal, List<String> workspaceIds, ReportQuery query) {
        return aggregator.build(cellsOf(scope(principal, workspaceIds), query, trackingFields.campaignIds(principal, query)), query)
                .named(trackingFields.names(principal, query));
    }

    /**
     * The same report as {@link #report} with every row on one page, read once: an export holds
     * all of them, and reading the cells again for each page would multiply the reads.
     */
    public Report reportAll(Principal principal, List<String> workspaceIds, ReportQuery query) {
        return aggregator.buildAll(cellsOf(scope(principal, workspaceIds), query, trackingFields.campaignIds(principal, query)), query)
                .named(trackingFields.names(principal, query));
    }

    private List<Workspace> scope(Principal principal, List<String> workspaceIds) {
        List<String> named = workspaceIds == null ? List.of() : workspaceIds.stream().distinct().toList();
        if (named.size() > MAX_WORKSPACES) {
            throw new InvalidInputException("input.workspaceIds", TOO_MANY_WORKSPACES);
        }
        List<Workspace> scope = named.isEmpty() ? workspaces.list(principal)
                : named.stream().map(id -> workspaces.visible(principal, "input.workspaceIds", id)).toList();
        if (scope.size() > MAX_WORKSPACES) {
            throw new InvalidInputException("input.workspaceIds", TOO_MANY_WORKSPACES);
        }
        return scope;
    }

    /**
     * The metrics of each of {@code ids} (entities of {@code dimension} in one workspace) over
     * {@code range}, equal to their rows of a report grouped by {@code dimension}; an entity
     * without traffic gets zero counters. All time is summed in chunks of the longest report,
     * over the workspace's life; an explicit range covers at most the longest report.
     */
    public Map<String, Metrics> statsOf(Principal principal, String workspaceId, Dimension dimension, Collection<String> ids,
            StatsRange range) {
        return statsOf(workspaces.visible(principal, "workspaceId", workspaceId), dimension, ids, range);
    }

    /** @param workspace one {@link WorkspaceService#visible} answered to the caller */
    public Map<String, Metrics> statsOf(Workspace workspace, Dimension dimension, Collection<String> ids, StatsRange range) {
        ZoneId zone = range.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate created = LocalDate.ofInstant(workspace.createdAt(), zone);
        LocalDate last = range.to() != null ? range.to() : today;
        if (range.from() != null && ChronoUnit.DAYS.between(range.from(), last) + 1 > ReportQuery.MAX_DAYS) {
            throw new InvalidInputException("from", "Stats from a first day cover at most " + ReportQuery.MAX_DAYS
                    + " days, up to today without a last day; omit from for all time.");
        }
        LocalDate first = range.from() != null ? range.from() : created;
        if (range.from() == null && last.isAfter(today)) {
            last = today; // all time is the workspace's life, whatever the last day named
        }
        Map<String, Counters> counters = new HashMap<>();
        ids.forEach(id -> counters.put(id, Counters.ZERO));
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(ReportQuery.MAX_DAYS)) {
            LocalDate to = min(last, from.plusDays(ReportQuery.MAX_DAYS - 1));
            ReportQuery query = new ReportQuery(from, to, zone, List.of(dimension), List.of(ReportFilter.in(dimension, List.copyOf(ids))),
                    range.conversionTime(), null, new PageRequest(PageRequest.MAX_SIZE, null));
            addRows(counters, dimension, cellsOf(List.of(workspace), query, List.of()), query);
        }
        Map<String, Metrics> metrics = new HashMap<>();
        counters.forEach((id, sum) -> metrics.put(id, Metrics.of(sum)));
        return metrics;
    }

    private void addRows(Map<String, Counters> counters, Dimension dimension, List<Cell> found, ReportQuery query) {
        ReportQuery page = query;
        while (page != null) {
            Report report = aggregator.build(found, page);
            report.rows().nodes().forEach(row -> counters.merge(row.valueOf(dimension), row.metrics().counters(), Counters::plus));
            page = report.rows().hasNextPage() ? nextPage(page, report.rows().endCursor()) : null;
        }
    }

    private static ReportQuery nextPage(ReportQuery query, String cursor) {
        return new ReportQuery(query.from(), query.to(), query.zone(), query.groupBy(), query.filters(), query.conversionTime(),
                query.sort(), new PageRequest(query.page().first(), cursor));
    }

    private List<Cell> cellsOf(List<Workspace> scope, ReportQuery query, List<String> campaignIds) {
        return scope.stream().flatMap(workspace -> cells.cells(query.cellQuery(workspace.id(), campaignIds)).stream()).toList();
    }

    private static LocalDate min(LocalDate first, LocalDate second) {
        return first.isBefore(second) ? first : second;
    }
}
