package io.offerline.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One API Gateway route, e.g. {@code GET /c/{campaignId}}, and the Lambda handler behind it.
 */
record Route(String method, String pathPattern, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {

    String routeKey() {
        return method + " " + pathPattern;
    }

    /** The path parameters when {@code path} matches this route's pattern. */
    Optional<Map<String, String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String[] expected = pathPattern.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int index = 0; index < expected.length; index++) {
            if (!matchSegment(expected[index], actual[index], parameters)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static boolean matchSegment(String expected, String actual, Map<String, String> parameters) {
        if (expected.startsWith("{") && expected.endsWith("}")) {
            parameters.put(expected.substring(1, expected.length() - 1), actual);
            return !actual.isEmpty();
        }
        return expected.equals(actual);
    }
}
