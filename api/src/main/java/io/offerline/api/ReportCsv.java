package io.offerline.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerline.api.fetch.ExportedReport;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as RFC 4180 CSV: a header row, then one line per report row, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break. Each grouped dimension is a column of
 * its values named by the dimension ({@code OFFER}), an entity dimension also a column of names
 * ({@code OFFER_NAME}); each metric is a column named as in GraphQL's {@code Metrics}. An unknown
 * value or a metric without a divisor is an empty field.
 */
final class ReportCsv {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final String LINE_END = "\r\n";

    private final ObjectMapper mapper;

    ReportCsv(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(ExportedReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, header(report));
        for (ExportedReport.Row row : report.rows()) {
            line(csv, fields(row));
        }
        return csv.toString();
    }

    private List<String> header(ExportedReport report) {
        List<String> names = new ArrayList<>();
        for (Dimension dimension : report.groupBy()) {
            names.add(dimension.name());
            if (dimension.isEntity()) {
                names.add(dimension.name() + "_NAME");
            }
        }
        names.addAll(metrics(report.totals()).keySet());
        return names;
    }

    private List<String> fields(ExportedReport.Row row) {
        List<String> fields = new ArrayList<>();
        for (ExportedReport.Value value : row.dimensions()) {
            fields.add(value.value());
            if (value.dimension().isEntity()) {
                fields.add(value.label());
            }
        }
        metrics(row.metrics()).values().forEach(metric -> fields.add(text(metric)));
        return fields;
    }

    /** The metrics by their GraphQL names, in the order of {@link Metrics}' components. */
    private Map<String, Object> metrics(Metrics metrics) {
        return mapper.convertValue(metrics, FIELDS);
    }

    private static String text(Object metric) {
        if (metric == null) {
            return null;
        }
        return metric instanceof BigDecimal decimal ? decimal.toPlainString() : metric.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(index)));
        }
        csv.append(LINE_END);
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean plain = field.chars().noneMatch(character -> character == ',' || character == '"' || character == '\r' || character == '\n');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
