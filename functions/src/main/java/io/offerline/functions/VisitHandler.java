package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.tracking.Redirect;
import io.offerline.core.tracking.RedirectService;
import io.offerline.core.tracking.VisitRequest;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET /c/{campaignId}}: records the visit and redirects (302) to the chosen offer.
 * An unknown campaign answers 404 with a small page.
 */
public class VisitHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    RedirectService redirects;

    public VisitHandler() {
    }

    public VisitHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        Optional<Redirect> redirect = redirects.visit(new VisitRequest(HttpEvents.pathParameter(event, "campaignId"),
                HttpEvents.sourceIp(event), HttpEvents.header(event, "user-agent"), HttpEvents.header(event, "referer"),
                HttpEvents.language(event)));
        if (redirect.isEmpty()) {
            return HttpResponses.page(404, "Not found", "This link does not lead anywhere.");
        }
        if (redirect.get().location() == null) {
            return HttpResponses.page(404, "Not available", "This offer is not available right now.");
        }
        return HttpResponses.redirect(redirect.get().location());
    }
}
