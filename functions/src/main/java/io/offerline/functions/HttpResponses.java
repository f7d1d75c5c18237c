package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;

/** The responses the tracking URLs give; none may be cached, each visit must reach us. */
final class HttpResponses {

    private static final String NO_STORE = "no-store";

    private HttpResponses() {
    }

    /** A 302; with a click id, also the cookie that lets a lander's click, or a pixel, find the visit. */
    static APIGatewayV2HTTPResponse redirect(String location, String clickId, boolean https) {
        APIGatewayV2HTTPResponse.APIGatewayV2HTTPResponseBuilder response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(302)
                .withHeaders(Map.of("Location", location, "Cache-Control", NO_STORE, "Referrer-Policy", "no-referrer"));
        if (clickId != null) {
            response.withCookies(List.of(ClickCookie.header(clickId, https)));
        }
        return response.build();
    }

    static APIGatewayV2HTTPResponse json(int status, String body) {
        return response(status, "application/json", body);
    }

    static APIGatewayV2HTTPResponse page(int status, String title, String message) {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>" + message + "</p></body></html>";
        return response(status, "text/html; charset=utf-8", html);
    }

    /** Storage failed and nothing is cached for this link: the visitor may try again in a moment. */
    static APIGatewayV2HTTPResponse unavailable() {
        return page(503, "Try again", "This link cannot be opened right now. Please try again in a moment.");
    }

    private static APIGatewayV2HTTPResponse response(int status, String contentType, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", contentType, "Cache-Control", NO_STORE))
                .withBody(body)
                .build();
    }
}
