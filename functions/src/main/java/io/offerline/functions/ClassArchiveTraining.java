package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/**
 * The training run of the tracking functions' class-data archive (AppCDS, {@code target/offerline-tracking.jsa}): the
 * build runs it with {@code -XX:ArchiveClassesAtExit} on the Lambda jar it has just packaged. It starts
 * {@link VisitHandler} as Lambda does and sends it one visit. Storage is an address that refuses connections, so the
 * visit runs detection and the SDK's request pipeline and is answered 503; no engine is needed at build time.
 */
public final class ClassArchiveTraining {

    private static final String CAMPAIGN = "cds-training";

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) {
        System.setProperty("dynamodb.endpoint", "http://127.0.0.1:9");
        System.setProperty("aws.region", "us-east-1");
        try (VisitHandler handler = new VisitHandler()) {
            int status = handler.handleRequest(visit(), null).getStatusCode();
            System.out.println("Class-data archive training: a visit with storage refused answered " + status);
        }
    }

    private static APIGatewayV2HTTPEvent visit() {
        String userAgent = SnapStartHooks.SAMPLE_VISITOR.userAgent();
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/c/" + CAMPAIGN)
                .withPathParameters(Map.of("campaignId", CAMPAIGN))
                .withHeaders(Map.of("user-agent", userAgent, "accept-language", SnapStartHooks.SAMPLE_VISITOR.acceptLanguage(),
                        "x-forwarded-proto", "https"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/c/" + CAMPAIGN).withSourceIp(SnapStartHooks.SAMPLE_VISITOR.ip())
                                .withUserAgent(userAgent).build())
                        .build())
                .build();
    }
}
