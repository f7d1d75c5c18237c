package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.annotation.Value;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.tracking.Redirect;
import io.offerline.core.tracking.RedirectService;
import io.offerline.core.tracking.TrackingUnavailableException;
import io.offerline.core.tracking.VisitRequest;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET /c/{campaignId}}: records the visit and redirects (302) to the lander, the offer or
 * the fallback URL, setting the click-id cookie. An unknown campaign, or one with nowhere to
 * send the visitor, answers 404 with a small page; a campaign that storage cannot give and no
 * cache holds answers 503 with a small page, so that the visitor may try again.
 */
public class VisitHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    RedirectService redirects;

    @Value("${offerline.trust-cloudfront-viewer-country:false}")
    boolean trustCloudFront;

    public VisitHandler() {
    }

    public VisitHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().environments(TrackingEnvironment.NAME);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        Optional<Redirect> redirect;
        try {
            redirect = redirects.visit(new VisitRequest(HttpEvents.pathParameter(event, "campaignId"),
                    HttpEvents.signals(event, trustCloudFront), HttpEvents.header(event, "referer"), event.getQueryStringParameters()));
        } catch (TrackingUnavailableException storageDown) {
            return HttpResponses.unavailable();
        }
        if (redirect.isEmpty()) {
            return HttpResponses.page(404, "Not found", "This link does not lead anywhere.");
        }
        if (redirect.get().location() == null) {
            return HttpResponses.page(404, "Not available", "This offer is not available right now.");
        }
        return HttpResponses.redirect(redirect.get().location(), redirect.get().clickId(), HttpEvents.isHttps(event));
    }
}
