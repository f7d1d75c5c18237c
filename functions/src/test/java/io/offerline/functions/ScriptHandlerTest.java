package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptHandlerTest {

    /** Both scripts sit on pages that pay for every byte; they stay small (two and a half KB) and dependency-free. */
    private static final int MAX_SCRIPT_BYTES = 2560;

    private ApplicationContext context;
    private ScriptHandler handler;

    @BeforeAll
    void start() {
        context = ApplicationContext.run();
        handler = new ScriptHandler(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dt.js", "/conversion.js"})
    void script_isServedAsJavaScript_cacheableForFiveMinutes_andSmall(String path) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(path), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders())
                .containsEntry("Content-Type", "application/javascript; charset=utf-8")
                .containsEntry("Cache-Control", "public, max-age=300");
        assertThat(response.getBody().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(MAX_SCRIPT_BYTES);
    }

    @Test
    void dtJs_findsTheTrackerInItsOwnSrc_andPostsTheVisitAsPlainText() {
        String script = handler.handleRequest(event("/dt.js"), null).getBody();

        assertThat(script).contains("document.currentScript", "'/dt/visit'", "ol_cid=", "offerline:ready", "tracking_params")
                .doesNotContain("Content-Type", "headers:");
    }

    @Test
    void conversionJs_sendsThePostback_andSendsItAgainOnA5xx() {
        String script = handler.handleRequest(event("/conversion.js"), null).getBody();

        assertThat(script).contains("document.currentScript", "'/postback?'", "ol_cid=", "keepalive", "status >= 500", "send(2)")
                .doesNotContain("no-cors");
    }

    @Test
    void conversionJs_withoutAClickIdOnThePage_sendsThePixelWithCredentials() {
        String script = handler.handleRequest(event("/conversion.js"), null).getBody();

        assertThat(script).contains("location.search", "'/pixel.gif?'", "credentials: clickId ? 'omit' : 'include'");
    }

    @Test
    void unknownScript_isNotFound() {
        assertThat(handler.handleRequest(event("/other.js"), null).getStatusCode()).isEqualTo(404);
    }

    private static APIGatewayV2HTTPEvent event(String path) {
        APIGatewayV2HTTPEvent event = Events.load("script.json", Map.of("CAMPAIGN_ID", "c1", "LANDER_ID", "l1"));
        event.setRawPath(path);
        return event;
    }
}
