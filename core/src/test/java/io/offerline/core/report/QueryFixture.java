package io.offerline.core.report;

import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.ConversionTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** A report query for tests: one UTC day, postback time, the first page, changed one part at a time. */
final class QueryFixture {

    private LocalDate from;
    private LocalDate to;
    private ZoneId zone = ZoneOffset.UTC;
    private final List<Dimension> groupBy;
    private List<ReportFilter> filters = List.of();
    private ConversionTime conversionTime = ConversionTime.POSTBACK;
    private ReportSort sort;
    private PageRequest page = PageRequest.of(null, null);

    QueryFixture(LocalDate day, List<Dimension> groupBy) {
        this.from = day;
        this.to = day;
        this.groupBy = groupBy;
    }

    QueryFixture days(LocalDate first, LocalDate last) {
        this.from = first;
        this.to = last;
        return this;
    }

    QueryFixture zone(ZoneId reportZone) {
        this.zone = reportZone;
        return this;
    }

    QueryFixture filters(List<ReportFilter> cellFilters) {
        this.filters = cellFilters;
        return this;
    }

    QueryFixture conversionTime(ConversionTime time) {
        this.conversionTime = time;
        return this;
    }

    QueryFixture sort(ReportSort order) {
        this.sort = order;
        return this;
    }

    QueryFixture page(int first, String after) {
        this.page = new PageRequest(first, after);
        return this;
    }

    ReportQuery build() {
        return new ReportQuery(from, to, zone, groupBy, filters, conversionTime, sort, page);
    }
}
