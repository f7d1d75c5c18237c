package io.offerline.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code GET|POST /graphql}: GraphQL over HTTP behind API Gateway; and the report export, {@code GET /export/report.csv|json}. */
public class GraphQLHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    GraphQLHttp graphQL;

    @Inject
    ReportExportHttp export;

    public GraphQLHandler() {
    }

    public GraphQLHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        HttpCall call = new HttpCall(event.getRequestContext().getHttp().getMethod(), event.getHeaders(),
                event.getQueryStringParameters(), body(event));
        String path = event.getRequestContext().getHttp().getPath();
        HttpReply reply = ReportExportHttp.serves(path) ? export.handle(path, call) : graphQL.handle(call);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(reply.headers())
                .withBody(reply.body())
                .build();
    }

    private static String body(APIGatewayV2HTTPEvent event) {
        if (event.getBody() == null || !event.getIsBase64Encoded()) {
            return event.getBody();
        }
        return new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8);
    }
}
