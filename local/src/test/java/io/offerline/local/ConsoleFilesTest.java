package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsoleFilesTest {

    private final Map<String, HttpHandler> pages = ConsoleFiles.pages("ol_test_key");
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                pages.get(exchange.getRequestURI().getPath()).handle(exchange);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void root_isTheConsolesPage_revalidatedOnEachLoad() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.body()).contains("<div id=\"app\">").contains("./assets/console-");
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void graphiql_carriesTheLocalKey_andLoadsNothingFromACdn() throws Exception {
        HttpResponse<String> page = get("/graphiql");

        assertThat(page.body()).contains("Bearer ol_test_key").doesNotContain("__API_KEY__").doesNotContain("https://");
    }

    @Test
    void everyAsset_isServedWithItsTypeAndKeptByBrowsers() throws Exception {
        assertThat(pages.keySet()).filteredOn(path -> path.startsWith("/assets/")).isNotEmpty().allSatisfy(path -> {
            HttpResponse<String> asset = get(path);
            assertThat(asset.statusCode()).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).matches("text/(javascript|css); charset=utf-8");
            assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        });
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
