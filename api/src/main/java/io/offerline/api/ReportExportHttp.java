package io.offerline.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import io.offerline.api.fetch.ExportedReport;
import io.offerline.api.fetch.ReportExport;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.common.ForbiddenException;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.http.HttpRoutes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /export/report.csv} and {@code /export/report.json}: the whole report of
 * {@code ?input=<URL-encoded JSON of a ReportInput>}, every row, for spreadsheets and
 * optimisation tools. The bearer key, the input's validation and the access rules are the
 * {@code report} field's; a request that cannot be answered gets a 4xx with a GraphQL-shaped error.
 */
public final class ReportExportHttp {

    /**
     * Below Lambda's 6 MB response payload, which also holds the headers and the body's JSON
     * escaping: a Java function behind API Gateway answers whole (Lambda streams responses only
     * from Node.js or custom runtimes, through function URLs), so {@link #handle} keeps this limit
     * and {@link #stream} has none.
     */
    public static final int MAX_EXPORT_BYTES = 5_000_000;
    private static final String INPUT_TYPE = "query Export($input: ReportInput!) { report(input: $input) { currency } }";
    private static final int WRITE_BUFFER_CHARS = 64 * 1024;
    private static final Map<String, String> CSV_HEADERS = Map.of("Content-Type", "text/csv; charset=utf-8; header=present",
            "Cache-Control", "no-store", "Content-Disposition", "attachment; filename=\"report.csv\"");
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", GraphQLHttp.JSON + "; charset=utf-8",
            "Cache-Control", "no-store");
    private static final Logger LOG = System.getLogger(ReportExportHttp.class.getName());

    private final GraphQLSchema schema;
    private final List<VariableDefinition> inputDefinition;
    private final ApiKeys apiKeys;
    private final ReportExport exports;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final MetricFields metrics;
    private final ReportCsv csv;
    /** Rows are written into one generator: flushing after each would send a chunk per row. */
    private final ObjectWriter rowWriter;

    public ReportExportHttp(GraphQLSchema schema, ApiKeys apiKeys, ReportExport exports) {
        this.schema = schema;
        this.metrics = new MetricFields(schema);
        this.csv = new ReportCsv(metrics);
        this.rowWriter = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.inputDefinition = Parser.parse(INPUT_TYPE).getDefinitionsOfType(OperationDefinition.class).get(0).getVariableDefinitions();
        this.apiKeys = apiKeys;
        this.exports = exports;
    }

    /** Whether {@code path} is one of the export's routes. */
    public static boolean serves(String path) {
        return HttpRoutes.REPORT_CSV.equals(path) || HttpRoutes.REPORT_JSON.equals(path);
    }

    /**
     * The answer as a Lambda behind API Gateway returns it, whole: a file over
     * {@link #MAX_EXPORT_BYTES} is a 413, since a buffered Lambda response holds at most 6 MB.
     */
    public HttpReply handle(String path, HttpCall call) {
        Answer answer = answer(path, call);
        if (answer.refusal() != null) {
            return answer.refusal();
        }
        CappedBuffer body = new CappedBuffer(MAX_EXPORT_BYTES);
        try {
            write(answer, body);
        } catch (CappedBuffer.Full full) {
            return error(413, "The export is larger than " + String.format("%,d", MAX_EXPORT_BYTES)
                    + " bytes; narrow the range, add filters or group by fewer dimensions.", "EXPORT_TOO_LARGE", null);
        } catch (IOException e) {
            throw new UncheckedIOException("a buffer in memory fails only when full", e);
        }
        return new HttpReply(200, answer.headers(), body.text());
    }

    /**
     * The answer written to {@code out} as it is produced, with no size limit: every row, line by
     * line, never the whole file in memory. Refusals are decided before the status is sent.
     */
    public void stream(String path, HttpCall call, HttpStream out) throws IOException {
        Answer answer = answer(path, call);
        HttpReply refusal = answer.refusal();
        if (refusal != null) {
            try (OutputStream body = out.start(refusal.status(), refusal.headers())) {
                body.write(refusal.body().getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        try (OutputStream body = out.start(200, answer.headers())) {
            write(answer, body);
        }
    }

    /** The report to export, with its headers, or the error that refuses it. */
    private record Answer(HttpReply refusal, Map<String, String> headers, ExportedReport report, boolean csv) {

        static Answer refused(HttpReply refusal) {
            return new Answer(refusal, null, null, false);
        }
    }

    private Answer answer(String path, HttpCall call) {
        if (!call.method().equals("GET")) {
            return Answer.refused(GraphQLHttp.withHeader(error(405, "Use GET.", "METHOD_NOT_ALLOWED", null), "Allow", "GET"));
        }
        Optional<Principal> principal = apiKeys.authenticate(GraphQLHttp.bearerToken(call.header("authorization")));
        if (principal.isEmpty()) {
            return Answer.refused(GraphQLHttp.withHeader(error(401, "A valid API key is required: send Authorization: Bearer <key>.",
                    "UNAUTHENTICATED", null), "WWW-Authenticate", "Bearer"));
        }
        try {
            ExportedReport report = exports.export(principal.get(), input(call));
            boolean csv = HttpRoutes.REPORT_CSV.equals(path);
            return new Answer(null, csv ? CSV_HEADERS : JSON_HEADERS, report, csv);
        } catch (InvalidInputException invalid) {
            return Answer.refused(badInput(invalid.field(), invalid.getMessage()));
        } catch (NotFoundException notFound) {
            return Answer.refused(badInput(notFound.field(), notFound.getMessage()));
        } catch (ForbiddenException forbidden) {
            return Answer.refused(error(403, forbidden.getMessage(), "FORBIDDEN", null));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "report export failed", unexpected);
            return Answer.refused(error(503, "The export could not be completed. Try again; if it persists, report it.", "UNAVAILABLE",
                    null));
        }
    }

    private void write(Answer answer, OutputStream body) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), WRITE_BUFFER_CHARS);
        if (answer.csv()) {
            csv.write(answer.report(), out);
        } else {
            writeJson(answer.report(), out);
        }
        out.flush();
    }

    /** The {@code input} parameter, coerced by the schema's {@code ReportInput} as a GraphQL variable would be. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> input(HttpCall call) {
        String json = call.query().get("input");
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("input", "input is required: the URL-encoded JSON of a ReportInput.");
        }
        if (json.length() > GraphQLHttp.MAX_QUERY_STRING_CHARS) {
            throw new InvalidInputException("input", "input is longer than " + GraphQLHttp.MAX_QUERY_STRING_CHARS + " characters.");
        }
        Object raw;
        try {
            raw = mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("input", "input is not valid JSON.");
        }
        if (!(raw instanceof Map<?, ?> fields)) {
            throw new InvalidInputException("input", "input must be a JSON object: a ReportInput.");
        }
        fields.forEach((name, value) -> requireField(String.valueOf(name), value));
        try {
            return (Map<String, Object>) ValuesResolver.coerceVariableValues(schema, inputDefinition, RawVariables.of(Map.of("input", raw)),
                    GraphQLContext.getDefault(), Locale.ROOT).toMap().get("input");
        } catch (RuntimeException invalid) {
            throw asInvalidInput("input", invalid);
        }
    }

    /** Coerces one field alone first, so that a bad value is named by its field (graphql-java names only the variable). */
    private void requireField(String name, Object value) {
        GraphQLInputObjectField field = ((GraphQLInputObjectType) schema.getType("ReportInput")).getField(name);
        if (field == null) {
            throw new InvalidInputException("input." + name, "ReportInput has no field " + name + ".");
        }
        try {
            ValuesResolver.externalValueToInternalValue(schema.getCodeRegistry().getFieldVisibility(), value, field.getType(),
                    GraphQLContext.getDefault(), Locale.ROOT);
        } catch (RuntimeException invalid) {
            throw asInvalidInput("input." + name, invalid);
        }
    }

    private static RuntimeException asInvalidInput(String field, RuntimeException coercion) {
        if (!(coercion instanceof GraphQLError)) {
            return coercion;
        }
        return new InvalidInputException(field, coercion.getMessage().replace("Variable 'input' has an invalid value: ", ""));
    }

    /** The shape of the {@code report} field's answer, written row by row. */
    private void writeJson(ExportedReport report, Writer out) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("currency", report.currency().getCurrencyCode());
            json.writeFieldName("dimensionNames");
            rowWriter.writeValue(json, report.groupBy().stream()
                    .map(dimension -> Map.of("dimension", dimension.name(), "name", report.nameOf(dimension))).toList());
            json.writeFieldName("totals");
            rowWriter.writeValue(json, metrics.of(report.totals()));
            json.writeArrayFieldStart("rows");
            for (ExportedReport.Row row : report.rows()) {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("dimensions", row.dimensions());
                shown.put("metrics", metrics.of(row.metrics()));
                rowWriter.writeValue(json, shown);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private HttpReply badInput(String field, String message) {
        String path = field == null || field.isEmpty() ? "input" : field.startsWith("input") ? field : "input." + field;
        return error(400, path + ": " + message, "BAD_USER_INPUT", path);
    }

    private HttpReply error(int status, String message, String code, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        return reply(status, Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }

    private HttpReply reply(int status, Map<String, Object> body) {
        try {
            return new HttpReply(status, Map.of("Content-Type", GraphQLHttp.JSON + "; charset=utf-8", "Cache-Control", "no-store"),
                    mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export is always serializable", e);
        }
    }
}
