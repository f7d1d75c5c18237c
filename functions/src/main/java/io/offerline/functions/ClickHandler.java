package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.ClickService;
import io.offerline.core.tracking.Redirect;
import io.offerline.core.tracking.TrackingUnavailableException;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET /click} and {@code GET /click/{n}}: a lander's call to action. The visit is found by
 * {@code ?cid=} or the click-id cookie; without a known visit the answer is a 404 page, and a
 * 503 page when storage cannot tell.
 */
public class ClickHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    ClickService clicks;

    public ClickHandler() {
    }

    public ClickHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().environments(TrackingEnvironment.NAME);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        String clickId = Optional.ofNullable(HttpEvents.queryParameter(event, ClickIds.PARAMETER_NAMES))
                .orElseGet(() -> HttpEvents.cookie(event, ClickCookie.NAME));
        Optional<Redirect> redirect;
        try {
            redirect = clicks.click(clickId, callToAction(HttpEvents.pathParameter(event, "n")));
        } catch (TrackingUnavailableException storageDown) {
            return HttpResponses.unavailable();
        }
        if (redirect.isEmpty() || redirect.get().location() == null) {
            return HttpResponses.page(404, "Link expired", "This link has expired or was not opened from an ad.");
        }
        return HttpResponses.redirect(redirect.get().location(), null, HttpEvents.isHttps(event));
    }

    private static Integer callToAction(String n) {
        if (n == null || !n.matches("[0-9]{1,2}")) {
            return null;
        }
        return Integer.valueOf(n);
    }
}
