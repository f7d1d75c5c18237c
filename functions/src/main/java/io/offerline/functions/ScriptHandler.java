package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GET /dt.js} and {@code GET /conversion.js}: the page scripts, served as they are
 * shipped. Each finds the tracker's URL in its own {@code src}, so one file fits every
 * deployment and browsers and CDNs may cache it for a few minutes.
 */
public class ScriptHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final Map<String, String> scripts = Map.of(
            "/dt.js", load("dt.js"),
            "/conversion.js", load("conversion.js"));

    public ScriptHandler() {
    }

    public ScriptHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        String script = event.getRawPath() == null ? null : scripts.get(event.getRawPath());
        if (script == null) {
            return HttpResponses.page(404, "Not found", "There is no such script.");
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of(
                        "Content-Type", "application/javascript; charset=utf-8",
                        "Cache-Control", CACHE_CONTROL,
                        "X-Content-Type-Options", "nosniff"))
                .withBody(script)
                .build();
    }

    private static String load(String name) {
        try (InputStream in = ScriptHandler.class.getResourceAsStream("/scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("scripts/" + name + " is missing from the function's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
