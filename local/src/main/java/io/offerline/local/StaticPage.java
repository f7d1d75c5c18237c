package io.offerline.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A fixed HTML page of the local stack (GraphiQL), read once from the classpath. */
final class StaticPage implements HttpHandler {

    private final byte[] html;

    private StaticPage(String html) {
        this.html = html.getBytes(StandardCharsets.UTF_8);
    }

    /** The GraphiQL page with the local API key filled into its request headers. */
    static StaticPage graphiql(String apiKey) {
        try (InputStream in = StaticPage.class.getResourceAsStream("/graphiql.html")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new StaticPage(template.replace("__API_KEY__", apiKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(html);
        }
    }
}
