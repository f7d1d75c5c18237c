package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.CellLayout;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.CellSpan;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.GrainCover;
import io.offerline.core.stats.ConversionTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a report shows: the days {@code from} to {@code to} (both included) in {@code zone}, rows
 * grouped by up to five dimensions (none gives a single row), the cells kept by every filter,
 * conversions placed by {@code conversionTime}, in {@code sort} order, one {@code page} of rows.
 *
 * <p>Defaults: UTC, no grouping, no filters, conversions at postback time, the first page of
 * {@link PageRequest#DEFAULT_SIZE} rows. A null {@code sort} orders rows by their grouped
 * dimensions in groupBy order, ascending.
 */
public record ReportQuery(LocalDate from, LocalDate to, ZoneId zone, List<Dimension> groupBy, List<ReportFilter> filters,
        ConversionTime conversionTime, boolean pendingRevenue, ReportSort sort, PageRequest page) {

    public static final int MAX_GROUP_BY = 5;
    /** Most dimensions of a report by a detail (a drill-down such as zone, offer, country). */
    public static final int MAX_GROUP_BY_WITH_DETAIL = 3;
    public static final int MAX_DAYS = 366;

    public ReportQuery {
        zone = zone == null ? ZoneOffset.UTC : zone;
        groupBy = groupBy == null ? List.of() : groupBy;
        filters = filters == null ? List.of() : filters;
        conversionTime = conversionTime == null ? ConversionTime.POSTBACK : conversionTime;
        page = page == null ? PageRequest.of(null, null) : page;
        requireRange(from, to, zone);
        requireGroupBy(groupBy);
        if (filters.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("input.filters", "A filter must not be null.");
        }
        requireSortGrouped(sort, groupBy);
        groupBy = List.copyOf(groupBy);
        filters = List.copyOf(filters);
        DetailRules.require(groupBy, filters);
    }

    /** A report that counts pending conversions' revenue. */
    public ReportQuery(LocalDate from, LocalDate to, ZoneId zone, List<Dimension> groupBy, List<ReportFilter> filters,
            ConversionTime conversionTime, ReportSort sort, PageRequest page) {
        this(from, to, zone, groupBy, filters, conversionTime, true, sort, page);
    }

    /** The detail family the report reads, or null for the main cells. */
    public Detail detail() {
        return DetailRules.detailOf(groupBy, filters);
    }

    /** Whether rows split cells by conversion status. */
    public boolean splitsByStatus() {
        return dimensions().anyMatch(dimension -> dimension == Dimension.CONVERSION_STATUS);
    }

    /**
     * What to read for this report in one workspace: the cells of its family (of
     * {@code campaignIds}, for a tracking field) that tile its days, each cell as coarse as the
     * report's time dimensions allow in its zone.
     */
    public CellQuery cellQuery(String workspaceId, List<String> campaignIds) {
        Detail family = detail();
        List<Dimension> times = dimensions().filter(Dimension::isTime).distinct().toList();
        List<CellSpan> spans = GrainCover.of(start(), end(), CellLayout.grainsOf(family),
                (from, to) -> times.stream().allMatch(dimension -> dimension.constantOver(from, to, zone)));
        return new CellQuery(workspaceId, family, family != null && family.isTrackingField() ? campaignIds : List.of(), spans);
    }

    private Stream<Dimension> dimensions() {
        return Stream.concat(groupBy.stream(), filters.stream().map(ReportFilter::dimension));
    }

    /** The first instant of {@code from} in the zone: a bucket start. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone (exclusive end): a bucket start. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static void requireRange(LocalDate from, LocalDate to, ZoneId zone) {
        if (from == null) {
            throw new InvalidInputException("input.from", "A report needs a first day.");
        }
        if (to == null) {
            throw new InvalidInputException("input.to", "A report needs a last day.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("input.to", "The last day must not be before the first day " + from + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("input.to", "A report covers at most " + MAX_DAYS + " days.");
        }
        requireWholeBuckets(from, to, zone);
    }

    /** Only historical local mean times (offsets like +05:53:28) miss the 15-minute grid. */
    private static void requireWholeBuckets(LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        if (!CellKey.bucketOf(start).equals(start) || !CellKey.bucketOf(end).equals(end)) {
            throw new InvalidInputException("input.from", "Days in " + zone + " at that time do not start on a quarter hour.");
        }
    }

    private static void requireGroupBy(List<Dimension> groupBy) {
        if (groupBy.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("input.groupBy", "A groupBy dimension must not be null.");
        }
        if (groupBy.size() > MAX_GROUP_BY) {
            throw new InvalidInputException("input.groupBy", "Group by at most " + MAX_GROUP_BY + " dimensions.");
        }
        if (new HashSet<>(groupBy).size() < groupBy.size()) {
            throw new InvalidInputException("input.groupBy", "Group by each dimension at most once.");
        }
    }

    private static void requireSortGrouped(ReportSort sort, List<Dimension> groupBy) {
        if (sort != null && sort.dimension() != null && !groupBy.contains(sort.dimension())) {
            throw new InvalidInputException("input.sort.dimension", "Sort by a dimension the report groups by: " + groupBy + ".");
        }
    }
}
