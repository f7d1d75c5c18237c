package io.offerline.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/** One file of the console, held in memory, answered to every GET of its path. */
final class StaticPage implements HttpHandler {

    private final byte[] body;
    private final String contentType;
    private final String cacheControl;

    StaticPage(byte[] body, String contentType, String cacheControl) {
        this.body = body.clone();
        this.contentType = contentType;
        this.cacheControl = cacheControl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Cache-Control", cacheControl);
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
