package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackResult;
import io.offerline.core.conversion.PostbackService;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /pixel.gif}: the image pixel and pixel URL. Takes the postback's parameters, falls
 * back to the click-id cookie of the visit, and always answers a 1×1 transparent GIF so a page
 * never shows a broken image; the outcome is in the postback log. The status is 200, or 503 when
 * the tracker failed, so that a network calling the pixel URL sends it again (browsers show an
 * image whatever its status).
 *
 * <p>The thank-you page script calls it with credentials when the page knows no click id, so that
 * the tracker's cookie comes along where the browser sends third-party cookies; the answer names
 * the calling origin and allows credentials, so the script sees a 503 and sends again. That
 * reveals nothing: the answer is the same GIF for every caller, and any page can load the pixel
 * as an image anyway.
 */
public class PixelHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The smallest transparent GIF, base64. */
    static final String TRANSPARENT_GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    /** A scheme, host and port as browsers send them in {@code Origin}; anything else is not repeated in a header. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    @Inject
    PostbackService postbacks;

    public PixelHandler() {
    }

    public PixelHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        PostbackResult result = postbacks.receive(new Postback(event.getQueryStringParameters(), HttpEvents.sourceIp(event),
                HttpEvents.cookie(event, ClickCookie.NAME)));
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "image/gif", "Cache-Control", "no-store", "Vary", "Origin"));
        String origin = HttpEvents.header(event, "origin");
        if (origin != null && ORIGIN.matcher(origin).matches()) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(result.outcome().isTrackersFailure() ? 503 : 200)
                .withHeaders(headers)
                .withBody(TRANSPARENT_GIF)
                .withIsBase64Encoded(true)
                .build();
    }
}
