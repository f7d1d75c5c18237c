package io.offerline.core.report;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.stats.CellKey;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the cells whose value for {@code dimension} is one of {@code values}: one value is an
 * equals filter, several an in filter. Values compare as the report shows them, so a time
 * dimension is matched in the report's zone ({@code DAY} {@code 2026-03-08}, {@code HOUR_OF_DAY}
 * {@code 09}); a cell whose value is unknown matches no filter on that dimension.
 */
public record ReportFilter(Dimension dimension, List<String> values) {

    public ReportFilter {
        if (dimension == null) {
            throw new InvalidInputException("input.filters.dimension", "A filter needs a dimension.");
        }
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("input.filters.values", "A filter needs at least one value, and no value may be null.");
        }
        values = List.copyOf(values);
    }

    /** Cells whose value is {@code value}. */
    public static ReportFilter equalTo(Dimension dimension, String value) {
        return new ReportFilter(dimension, value == null ? List.of() : List.of(value));
    }

    /** Cells whose value is any of {@code values}. */
    public static ReportFilter in(Dimension dimension, List<String> values) {
        return new ReportFilter(dimension, values);
    }

    /** Whether {@code cell}, in a report in {@code zone}, passes this filter. */
    public boolean matches(CellKey cell, ZoneId zone) {
        String value = dimension.valueOf(cell, zone);
        return value != null && values.contains(value);
    }
}
