package io.offerline.core.http;

import java.util.List;
import java.util.Objects;

/**
 * One path of the HTTP API, the methods it answers, and the Lambda handler class behind it.
 *
 * @param path an API Gateway path, {@code {name}} standing for one path parameter
 * @param handler the handler's fully qualified class name
 */
public record HttpRoute(String path, List<String> methods, String handler) {

    public HttpRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        methods = List.copyOf(methods);
    }
}
