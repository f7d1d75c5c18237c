package io.offerline.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.offerline.core.common.QueryString;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns each HTTP request into the API Gateway HTTP API (payload 2.0) event that AWS would
 * send, calls the route's Lambda handler, and writes its response back, as
 * {@code sam local start-api} does.
 */
final class ApiGatewayBridge implements HttpHandler {

    private static final Logger LOG = System.getLogger(ApiGatewayBridge.class.getName());
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final List<Route> routes;
    private final Map<String, HttpHandler> pages;
    private final HostCheck hostCheck;

    ApiGatewayBridge(List<Route> routes, Map<String, HttpHandler> pages, HostCheck hostCheck) {
        this.routes = List.copyOf(routes);
        this.pages = Map.copyOf(pages);
        this.hostCheck = hostCheck;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!hostCheck.allows(exchange)) {
                write(exchange, APIGatewayV2HTTPResponse.builder().withStatusCode(421)
                        .withHeaders(Map.of("Content-Type", "application/json")).withBody("{\"message\":\"Misdirected Request\"}").build());
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            HttpHandler page = pages.get(path);
            if (page != null && exchange.getRequestMethod().equals("GET")) {
                page.handle(exchange);
                return;
            }
            dispatch(exchange, path);
        }
    }

    private void dispatch(HttpExchange exchange, String path) throws IOException {
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(exchange.getRequestMethod(), path);
            if (parameters.isPresent()) {
                write(exchange, invoke(route, event(exchange, route, parameters.get())));
                return;
            }
        }
        write(exchange, APIGatewayV2HTTPResponse.builder().withStatusCode(404)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody("{\"message\":\"Not Found\"}").build());
    }

    private static APIGatewayV2HTTPResponse invoke(Route route, APIGatewayV2HTTPEvent event) {
        try {
            return route.handler().handleRequest(event, null);
        } catch (RuntimeException e) {
            // API Gateway answers a crashed function with this body; so do we.
            LOG.log(Level.ERROR, route.routeKey() + " failed", e);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(500)
                    .withHeaders(Map.of("Content-Type", "application/json")).withBody("{\"message\":\"Internal Server Error\"}").build();
        }
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, Route route, Map<String, String> pathParameters) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        Map<String, String> headers = headers(exchange);
        // API Gateway tells the functions the scheme the request came on; this server speaks plain http.
        headers.putIfAbsent("x-forwarded-proto", "http");
        byte[] body = exchange.getRequestBody().readAllBytes();
        Instant now = Instant.now();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery)
                .withCookies(cookies(headers.get("cookie")))
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(rawQuery))
                .withPathParameters(pathParameters)
                .withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.routeKey())
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withDomainName(headers.getOrDefault("host", "127.0.0.1"))
                        .withTime(REQUEST_TIME.format(now.atOffset(ZoneOffset.UTC)))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod())
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    /** Lower-case names; repeated headers joined with commas, as payload 2.0 does. */
    static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return headers;
    }

    private static List<String> cookies(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.isBlank()) {
            return null;
        }
        return List.of(cookieHeader.split(";\\s*"));
    }

    /** Payload 2.0 leaves the parameters out of a request without a query. */
    private static Map<String, String> queryParameters(String rawQuery) {
        return rawQuery.isEmpty() ? null : QueryString.parse(rawQuery);
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
        }
        byte[] body = body(response);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        if (response.getBody() == null) {
            return new byte[0];
        }
        if (response.getIsBase64Encoded()) {
            return Base64.getDecoder().decode(response.getBody());
        }
        return response.getBody().getBytes(StandardCharsets.UTF_8);
    }
}
