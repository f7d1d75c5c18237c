package io.offerline.api;

import io.offerline.api.fetch.ExportedReport;
import io.offerline.core.report.Dimension;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as RFC 4180 CSV: a header row, then one line per report row, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break. Each grouped dimension is a column of
 * its values named by the dimension ({@code OFFER}; a tracking field as its traffic source names
 * it, {@code zone}), an entity dimension also a column of names
 * ({@code OFFER_NAME}); each field of GraphQL's {@code Metrics} is a column of that name. An unknown
 * value or a metric without a divisor is an empty field.
 */
final class ReportCsv {

    private static final String LINE_END = "\r\n";

    private final MetricFields metrics;

    ReportCsv(MetricFields metrics) {
        this.metrics = metrics;
    }

    /** Writes the header, then each row as it comes: the file is never held whole. */
    void write(ExportedReport report, Writer out) throws IOException {
        line(out, header(report));
        for (ExportedReport.Row row : report.rows()) {
            line(out, fields(row));
        }
    }

    private List<String> header(ExportedReport report) {
        List<String> names = new ArrayList<>();
        for (Dimension dimension : report.groupBy()) {
            names.add(report.nameOf(dimension));
            if (dimension.isEntity()) {
                names.add(dimension.name() + "_NAME");
            }
        }
        names.addAll(metrics.names());
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
        metrics.of(row.metrics()).values().forEach(metric -> fields.add(text(metric)));
        return fields;
    }

    private static String text(Object metric) {
        if (metric == null) {
            return null;
        }
        return metric instanceof BigDecimal decimal ? decimal.toPlainString() : metric.toString();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(index)));
        }
        out.write(LINE_END);
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean plain = field.chars().noneMatch(character -> character == ',' || character == '"' || character == '\r' || character == '\n');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
