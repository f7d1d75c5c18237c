package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import io.offerline.core.common.OutsideText;
import io.offerline.core.http.PublicBaseUrl;
import io.offerline.core.tracking.DirectVisitRequest;
import io.offerline.core.tracking.DirectVisitResult;
import io.offerline.core.tracking.DirectVisitService;
import io.offerline.core.tracking.TrackingUnavailableException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /dt/visit} (and {@code GET} with the same query parameters): a page's dt.js
 * registers a direct visit. The body is JSON {@code {campaign, lander, offer, referrer, url}},
 * sent as {@code text/plain} so that the browser needs no CORS preflight. Answers 200 with the
 * click id and the page's click URL (and, when the page's offer is capped, the fallback to send
 * the visitor to), 404 for an unknown, archived or REDIRECT campaign, a page not in it or an offer
 * without direct tracking, 400 for a request that can never succeed, 503 when storage cannot give
 * the campaign and no cache holds it; every answer is readable from any origin.
 */
public class DirectVisitHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** A page URL or referrer is a few hundred characters; anything near this is not a browser's. */
    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_URL_LENGTH = 2048;

    @Inject
    DirectVisitService directVisits;

    @Inject
    JsonMapper json;

    @Value("${offerline.trust-cloudfront-viewer-country:false}")
    boolean trustCloudFront;

    /** Where the tracking URLs are served; empty behind API Gateway, where the request's host says it. */
    @Value("${offerline.public-base-url:}")
    String publicBaseUrl;

    public DirectVisitHandler() {
    }

    public DirectVisitHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().environments(TrackingEnvironment.NAME);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        Optional<Map<String, String>> fields = fields(event);
        if (fields.isEmpty()) {
            return error(400, "The body must be a JSON object of at most " + MAX_BODY_BYTES + " bytes.");
        }
        String campaign = blankToNull(fields.get().get("campaign"));
        String lander = blankToNull(fields.get().get("lander"));
        String offer = blankToNull(fields.get().get("offer"));
        if (campaign == null) {
            return error(400, "campaign is required.");
        }
        if (lander != null && offer != null) {
            return error(400, "A page is either a lander or an offer, not both.");
        }
        DirectVisitResult result;
        try {
            result = directVisits.register(new DirectVisitRequest(campaign, lander, offer,
                    HttpEvents.signals(event, trustCloudFront), cut(fields.get().get("referrer")), cut(fields.get().get("url"))));
        } catch (TrackingUnavailableException storageDown) {
            return error(503, "Tracking is unavailable for a moment; try again.");
        }
        if (result instanceof DirectVisitResult.Refused refused) {
            return error(404, refused.reason());
        }
        DirectVisitResult.Registered visit = (DirectVisitResult.Registered) result;
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clickId", visit.clickId());
        body.put("clickUrl", baseUrl(event) + "/click?cid=" + visit.clickId());
        if (visit.redirectUrl() != null) {
            body.put("redirectUrl", visit.redirectUrl());
        }
        return CrossOriginJson.of(200, write(body));
    }

    /** The POST body's string fields, or the GET query; empty when the body is not a JSON object. */
    private Optional<Map<String, String>> fields(APIGatewayV2HTTPEvent event) {
        if (event.getBody() == null || event.getBody().isEmpty()) {
            return Optional.of(event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters());
        }
        try {
            byte[] body = event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody()) : event.getBody().getBytes(StandardCharsets.UTF_8);
            if (body.length > MAX_BODY_BYTES) {
                return Optional.empty();
            }
            Map<String, Object> parsed = json.readValue(body, Argument.mapOf(String.class, Object.class));
            Map<String, String> strings = new HashMap<>();
            parsed.forEach((name, value) -> {
                if (value instanceof String text) {
                    strings.put(name, text);
                }
            });
            return Optional.of(strings);
        } catch (IOException | RuntimeException notBase64OrNotAJsonObject) {
            return Optional.empty();
        }
    }

    private String baseUrl(APIGatewayV2HTTPEvent event) {
        return PublicBaseUrl.of(publicBaseUrl, HttpEvents.header(event, "x-forwarded-proto"), HttpEvents.header(event, "host"));
    }

    private APIGatewayV2HTTPResponse error(int status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        return CrossOriginJson.of(status, write(body));
    }

    private String write(Map<String, String> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page URL or referrer cut to {@link #MAX_URL_LENGTH}; one that is not well-formed text is ignored. */
    private static String cut(String url) {
        String value = blankToNull(url);
        return value == null || !OutsideText.isWellFormed(value) ? null : OutsideText.cut(value, MAX_URL_LENGTH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
