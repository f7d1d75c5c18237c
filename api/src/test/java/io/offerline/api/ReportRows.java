package io.offerline.api;

import static io.offerline.api.JsonPath.at;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the rows of a GraphQL report reply in tests. */
final class ReportRows {

    private ReportRows() {
    }

    /** A report input of one UTC day in one workspace, up to 100 rows. */
    @SafeVarargs
    static Map<String, Object> input(String day, String workspaceId, List<String> groupBy, Map<String, Object>... filters) {
        return new HashMap<>(Map.of("from", day, "to", day, "groupBy", groupBy, "workspaceIds", List.of(workspaceId), "first", 100,
                "filters", List.of(filters)));
    }

    static Map<String, Object> filter(String dimension, String value) {
        return Map.of("dimension", dimension, "values", List.of(value));
    }

    /** A metric of each row by the row's first dimension value; amounts as plain numbers. */
    static Map<String, Object> byValue(Map<String, Object> report, String metric) {
        Map<String, Object> values = new HashMap<>();
        for (Map<String, Object> row : rows(report)) {
            Object value = at(row, "metrics." + metric);
            values.put((String) at(row, "dimensions.0.value"), value instanceof Number number && !(value instanceof Integer)
                    ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : value);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static List<String> values(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("dimensions")).stream().map(value -> (String) value.get("value")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }
}
