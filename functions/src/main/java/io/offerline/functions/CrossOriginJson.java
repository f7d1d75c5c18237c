package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * JSON answers that a script on any page may read: the direct-tracking endpoint and the postback
 * (from the thank-you page script) are called from the advertiser's own pages. No credentials
 * are involved, so {@code *} is enough and safe.
 */
final class CrossOriginJson {

    private CrossOriginJson() {
    }

    static APIGatewayV2HTTPResponse of(int status, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of(
                        "Content-Type", "application/json",
                        "Cache-Control", "no-store",
                        "Access-Control-Allow-Origin", "*"))
                .withBody(body)
                .build();
    }
}
