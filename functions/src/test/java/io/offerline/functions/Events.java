package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** API Gateway events from the JSON files under {@code events/apigw}, with placeholders replaced. */
final class Events {

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([A-Z_]+)\"");
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Events() {
    }

    static APIGatewayV2HTTPEvent load(String name, Map<String, String> replacements) {
        try (InputStream in = Events.class.getResourceAsStream("/events/apigw/" + name)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                json = json.replace(replacement.getKey(), replacement.getValue());
            }
            return MAPPER.readValue(json, APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postback file's event with exactly these query parameters. */
    static APIGatewayV2HTTPEvent postback(Map<String, String> parameters) {
        APIGatewayV2HTTPEvent event = load("postback.json", Map.of());
        event.setQueryStringParameters(new HashMap<>(parameters));
        return event;
    }

    /** The outcome a postback's JSON answer names. */
    static String outcome(APIGatewayV2HTTPResponse response) {
        Matcher outcome = OUTCOME.matcher(response.getBody());
        if (!outcome.find()) {
            throw new AssertionError("no outcome in " + response.getBody());
        }
        return outcome.group(1);
    }
}
