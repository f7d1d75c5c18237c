package io.offerline.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.offerline.api.HttpCall;
import io.offerline.api.ReportExportHttp;
import io.offerline.core.common.QueryString;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /export/report.csv|json} on the local stack: the API function's export, written to
 * the connection as it is produced (chunked), so an export of any size arrives whole; on AWS the
 * function behind API Gateway answers whole and caps the file ({@link ReportExportHttp#MAX_EXPORT_BYTES}).
 */
final class StreamedExport implements HttpHandler {

    private final ReportExportHttp export;

    StreamedExport(ReportExportHttp export) {
        this.export = export;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        HttpCall call = new HttpCall(exchange.getRequestMethod(), ApiGatewayBridge.headers(exchange),
                rawQuery == null ? Map.of() : QueryString.parse(rawQuery), null);
        export.stream(exchange.getRequestURI().getRawPath(), call, (status, headers) -> {
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(status, 0); // 0: chunked, the length is not known before the last row
            return exchange.getResponseBody();
        });
    }
}
