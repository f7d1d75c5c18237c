package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** Reads API Gateway HTTP API (payload 2.0) events, where header names arrive in lower case. */
final class HttpEvents {

    private HttpEvents() {
    }

    static String pathParameter(APIGatewayV2HTTPEvent event, String name) {
        return valueOf(event.getPathParameters(), name);
    }

    /** The first query parameter present among {@code names} (aliases), or null. */
    static String queryParameter(APIGatewayV2HTTPEvent event, String... names) {
        for (String name : names) {
            String value = valueOf(event.getQueryStringParameters(), name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String header(APIGatewayV2HTTPEvent event, String lowerCaseName) {
        return valueOf(event.getHeaders(), lowerCaseName);
    }

    static String sourceIp(APIGatewayV2HTTPEvent event) {
        if (event.getRequestContext() == null || event.getRequestContext().getHttp() == null) {
            return null;
        }
        return event.getRequestContext().getHttp().getSourceIp();
    }

    /** The visitor's first preferred language from Accept-Language, e.g. {@code en-US}. */
    static String language(APIGatewayV2HTTPEvent event) {
        String accepted = header(event, "accept-language");
        if (accepted == null || accepted.isBlank()) {
            return null;
        }
        return accepted.split(",")[0].split(";")[0].trim();
    }

    private static String valueOf(Map<String, String> values, String name) {
        return values == null ? null : values.get(name);
    }
}
