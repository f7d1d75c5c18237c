package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An advertiser's website for browser tests: static HTML pages on their own loopback origin
 * ({@code http://localhost:<port>}), a different site from the tracker on {@code 127.0.0.1}.
 */
final class PageServer implements AutoCloseable {

    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private PageServer(HttpServer server) {
        this.server = server;
    }

    static PageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PageServer pageServer = new PageServer(server);
            server.createContext("/", pageServer::serve);
            server.start();
            return pageServer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code path} (query strings ignored). */
    void page(String path, String html) {
        pages.put(path, html);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String html = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (html == null ? "<!doctype html><title>Not found</title>" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The JSON a page's test script wrote into {@code <pre id="result">}. */
    static Map<String, Object> result(String dom) {
        Matcher matcher = RESULT.matcher(dom);
        assertThat(matcher.find()).as("no result in the page:\n" + dom).isTrue();
        String json = matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(json).as("the page's script did not finish:\n" + dom).isNotBlank();
        return Walkthrough.parse(json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
