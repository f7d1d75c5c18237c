package io.offerline.api;

import java.util.Map;

/**
 * An HTTP request as GraphQL-over-HTTP needs it, independent of API Gateway.
 *
 * @param headers header names in lower case
 */
public record HttpCall(String method, Map<String, String> headers, Map<String, String> query, String body) {

    public HttpCall {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}
