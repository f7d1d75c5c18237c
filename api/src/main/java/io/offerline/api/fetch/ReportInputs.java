package io.offerline.api.fetch;

import io.offerline.core.common.PageRequest;
import io.offerline.core.common.TimeZones;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metric;
import io.offerline.core.report.ReportFilter;
import io.offerline.core.report.ReportQuery;
import io.offerline.core.report.ReportSort;
import io.offerline.core.report.StatsRange;
import io.offerline.core.stats.ConversionTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Maps {@code ReportInput} and the {@code stats} arguments (already type-checked by the schema) to report queries. */
final class ReportInputs {

    private ReportInputs() {
    }

    @SuppressWarnings("unchecked")
    static ReportQuery query(Map<String, Object> input, ZoneId defaultZone) {
        List<Dimension> groupBy = ((List<String>) input.get("groupBy")).stream().map(Dimension::valueOf).toList();
        List<Map<String, Object>> filters = (List<Map<String, Object>>) input.get("filters");
        return new ReportQuery((LocalDate) input.get("from"), (LocalDate) input.get("to"),
                zone("input.timezone", (String) input.get("timezone"), defaultZone), groupBy,
                filters(filters),
                conversionTime(input.get("conversionTime")), !Boolean.FALSE.equals(input.get("pendingRevenue")),
                sort((Map<String, Object>) input.get("sort")),
                PageRequest.of((Integer) input.get("first"), (String) input.get("after")));
    }

    static StatsRange statsRange(Map<String, Object> arguments, ZoneId defaultZone) {
        return new StatsRange((LocalDate) arguments.get("from"), (LocalDate) arguments.get("to"),
                zone("timezone", (String) arguments.get("timezone"), defaultZone), conversionTime(arguments.get("conversionTime")));
    }

    /** The named zone, or the account's report timezone when none is named. */
    private static ZoneId zone(String field, String name, ZoneId defaultZone) {
        return name == null || name.isBlank() ? defaultZone : TimeZones.require(field, name);
    }

    /** {@code [ReportFilterInput!]}, none when absent. */
    static List<ReportFilter> filters(List<Map<String, Object>> filters) {
        return filters == null ? List.of() : filters.stream().map(ReportInputs::filter).toList();
    }

    @SuppressWarnings("unchecked")
    private static ReportFilter filter(Map<String, Object> input) {
        return new ReportFilter(Dimension.valueOf((String) input.get("dimension")), (List<String>) input.get("values"));
    }

    private static ReportSort sort(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        String metric = (String) input.get("metric");
        String dimension = (String) input.get("dimension");
        return new ReportSort(metric == null ? null : Metric.valueOf(metric), dimension == null ? null : Dimension.valueOf(dimension),
                !"ASC".equals(input.get("direction")));
    }

    private static ConversionTime conversionTime(Object value) {
        return value == null ? ConversionTime.POSTBACK : ConversionTime.valueOf((String) value);
    }
}
