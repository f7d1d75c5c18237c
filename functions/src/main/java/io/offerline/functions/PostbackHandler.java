package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackResult;
import io.offerline.core.conversion.PostbackService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /postback}: a network reports a conversion. Answers 200 with the outcome for
 * every postback that was understood (accepted, duplicate, unknown click...), 400 only for one
 * that can never succeed (no click id, a payout that is not a number), and 503 ({@code TRY_AGAIN})
 * when the tracker failed, so that the network sends it again. Any page may read the answer: the
 * thank-you page script sends the postback again on a 5xx.
 */
public class PostbackHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    PostbackService postbacks;

    @Inject
    JsonMapper json;

    public PostbackHandler() {
    }

    public PostbackHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        PostbackResult result = postbacks.receive(new Postback(event.getQueryStringParameters(), HttpEvents.sourceIp(event), null));
        return CrossOriginJson.of(status(result), body(result));
    }

    private static int status(PostbackResult result) {
        if (result.outcome().isTrackersFailure()) {
            return 503;
        }
        return result.outcome().isMalformed() ? 400 : 200;
    }

    private String body(PostbackResult result) {
        try {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("outcome", result.outcome().name());
            body.put("reason", result.reason());
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
