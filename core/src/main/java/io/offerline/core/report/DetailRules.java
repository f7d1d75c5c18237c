package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.stats.Detail;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a report by a detail dimension (a tracking field, the keyword, the referrer's domain, the ISP, region or city) may
 * ask: its cells are a family of their own, so one detail per report, up to three dimensions in
 * all, only the dimensions detail cells keep, and for a tracking field, whose meaning is its
 * traffic source's, a filter on one campaign or one traffic source.
 */
final class DetailRules {

    private DetailRules() {
    }

    static Detail detailOf(List<Dimension> groupBy, List<ReportFilter> filters) {
        return dimensions(groupBy, filters).map(Dimension::detail).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static void require(List<Dimension> groupBy, List<ReportFilter> filters) {
        List<Dimension> details = dimensions(groupBy, filters).filter(dimension -> dimension.detail() != null).distinct().toList();
        if (details.isEmpty()) {
            return;
        }
        Dimension detail = details.get(0);
        if (details.size() > 1) {
            throw new InvalidInputException(fieldOf(details.get(1), groupBy), "A report uses one of the detail dimensions "
                    + "(tracking fields, KEYWORD, REFERRER_DOMAIN, ISP, REGION, CITY) at a time; this one uses " + details + ".");
        }
        if (groupBy.size() > ReportQuery.MAX_GROUP_BY_WITH_DETAIL) {
            throw new InvalidInputException("input.groupBy", "A report by " + detail + " groups by at most "
                    + ReportQuery.MAX_GROUP_BY_WITH_DETAIL + " dimensions.");
        }
        dimensions(groupBy, filters).filter(dimension -> !dimension.combinesWithDetails()).findFirst().ifPresent(other -> {
            throw new InvalidInputException(fieldOf(other, groupBy), "A report by " + detail + " cannot also use " + other
                    + "; it combines with the time dimensions and " + Dimension.WITH_DETAILS + ".");
        });
        if (detail.detail().isTrackingField() && !filtersOneOf(filters, Dimension.CAMPAIGN) && !filtersOneOf(filters, Dimension.TRAFFIC_SOURCE)) {
            throw new InvalidInputException("input.filters", "A report by " + detail + " needs a filter on one campaign or one "
                    + "traffic source: tracking fields mean what their traffic source says.");
        }
    }

    private static boolean filtersOneOf(List<ReportFilter> filters, Dimension dimension) {
        return filters.stream().anyMatch(filter -> filter.dimension() == dimension && filter.values().size() == 1);
    }

    private static String fieldOf(Dimension dimension, List<Dimension> groupBy) {
        return groupBy.contains(dimension) ? "input.groupBy" : "input.filters";
    }

    private static Stream<Dimension> dimensions(List<Dimension> groupBy, List<ReportFilter> filters) {
        return Stream.concat(groupBy.stream(), filters.stream().map(ReportFilter::dimension));
    }
}
