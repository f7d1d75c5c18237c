package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackResult;
import io.offerline.core.conversion.PostbackService;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code GET /pixel.gif}: the image pixel and pixel URL. Takes the postback's parameters, falls
 * back to the click-id cookie of the visit, and always answers a 1×1 transparent GIF so a page
 * never shows a broken image; the outcome is in the postback log. The status is 200, or 503 when
 * the tracker failed, so that a network calling the pixel URL sends it again (browsers show an
 * image whatever its status).
 */
public class PixelHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The smallest transparent GIF, base64. */
    static final String TRANSPARENT_GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

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
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(result.outcome().isTrackersFailure() ? 503 : 200)
                .withHeaders(Map.of("Content-Type", "image/gif", "Cache-Control", "no-store"))
                .withBody(TRANSPARENT_GIF)
                .withIsBase64Encoded(true)
                .build();
    }
}
