package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.offerline.core.tracking.VisitorSignals;
import java.util.List;
import java.util.Map;

/** Reads API Gateway HTTP API (payload 2.0) events, where header names arrive in lower case. */
final class HttpEvents {

    private HttpEvents() {
    }

    static String pathParameter(APIGatewayV2HTTPEvent event, String name) {
        return valueOf(event.getPathParameters(), name);
    }

    /** The first query parameter present among {@code names} (aliases), or null. */
    static String queryParameter(APIGatewayV2HTTPEvent event, List<String> names) {
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

    /** The value of a cookie the request carries, or null. */
    static String cookie(APIGatewayV2HTTPEvent event, String name) {
        if (event.getCookies() == null) {
            return null;
        }
        String prefix = name + "=";
        return event.getCookies().stream()
                .map(String::trim)
                .filter(cookie -> cookie.startsWith(prefix))
                .map(cookie -> cookie.substring(prefix.length()))
                .findFirst()
                .orElse(null);
    }

    /** Whether the visitor reached us over HTTPS (always true behind API Gateway). */
    static boolean isHttps(APIGatewayV2HTTPEvent event) {
        String proto = header(event, "x-forwarded-proto");
        return proto == null || proto.equalsIgnoreCase("https");
    }

    /**
     * The visitor's signals. {@code CloudFront-Viewer-Country} only counts when the deployment
     * runs behind CloudFront, where the raw endpoint is closed and the header cannot be forged.
     */
    static VisitorSignals signals(APIGatewayV2HTTPEvent event, boolean trustCloudFront) {
        return new VisitorSignals(sourceIp(event), header(event, "user-agent"), header(event, "accept-language"),
                trustCloudFront ? header(event, "cloudfront-viewer-country") : null,
                header(event, "sec-ch-ua-mobile"), header(event, "sec-ch-ua-platform"), isPrefetch(event));
    }

    private static boolean isPrefetch(APIGatewayV2HTTPEvent event) {
        for (String name : new String[] {"purpose", "sec-purpose", "x-moz", "x-purpose"}) {
            String value = header(event, name);
            if (value != null && value.toLowerCase(java.util.Locale.ROOT).contains("prefetch")) {
                return true;
            }
        }
        return false;
    }

    private static String valueOf(Map<String, String> values, String name) {
        return values == null ? null : values.get(name);
    }
}
