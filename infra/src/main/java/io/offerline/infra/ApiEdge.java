package io.offerline.infra;

import io.offerline.core.http.HttpRoute;
import io.offerline.core.http.HttpRoutes;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegrationProps;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.ApiMapping;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.DomainName;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The HTTP API in front of the functions: the routes of {@link HttpRoutes#ALL} to each
 * function's live alias, one throttled {@code $default} stage, and the custom domain when given.
 * Browsers may call it from any origin: the web console is served from its own, and the direct
 * tracking script from the advertiser's pages.
 */
final class ApiEdge {

    private final HttpStage stage;
    private final String baseUrl;

    ApiEdge(Construct scope, String name, Map<String, IFunction> byHandler, StackSettings settings) {
        HttpApi api = HttpApi.Builder.create(scope, "HttpApi").apiName(name).createDefaultStage(false).corsPreflight(crossOrigin()).build();
        HttpRoutes.ALL.forEach(route -> addRoute(api, route, byHandler.get(route.handler())));
        stage = HttpStage.Builder.create(scope, "DefaultStage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(settings.throttleRate()).burstLimit(settings.throttleBurst()).build())
                .build();
        CfnOutput.Builder.create(scope, "ApiUrl")
                .description("Base URL of the tracking endpoints and of /graphql")
                .value(stage.getUrl())
                .build();
        settings.domain().ifPresent(domain -> customDomain(scope, api, domain));
        baseUrl = settings.domain().map(domain -> "https://" + domain.name() + "/").orElse(stage.getUrl());
    }

    HttpStage stage() {
        return stage;
    }

    /** The API's base URL (ending in {@code /}), on the custom domain when there is one. */
    String baseUrl() {
        return baseUrl;
    }

    /**
     * Any origin, since API keys are bearer tokens, not cookies: a page gains nothing by its origin.
     * Once CORS is set, API Gateway answers preflights itself and sets the headers of every answer.
     */
    private static CorsPreflightOptions crossOrigin() {
        return CorsPreflightOptions.builder()
                .allowOrigins(List.of("*"))
                .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST))
                .allowHeaders(List.of("authorization", "content-type"))
                .maxAge(Duration.days(1))
                .build();
    }

    private void customDomain(Construct scope, HttpApi api, StackSettings.CustomDomain domain) {
        DomainName domainName = DomainName.Builder.create(scope, "Domain")
                .domainName(domain.name())
                .certificate(Certificate.fromCertificateArn(scope, "DomainCertificate", domain.certificateArn()))
                .build();
        ApiMapping.Builder.create(scope, "DomainMapping").api(api).domainName(domainName).stage(stage).build();
        CfnOutput.Builder.create(scope, "DomainTarget")
                .description("Point a CNAME (or an alias record) of " + domain.name() + " at this name")
                .value(domainName.getRegionalDomainName())
                .build();
    }

    private static void addRoute(HttpApi api, HttpRoute route, IFunction function) {
        HttpLambdaIntegration integration = new HttpLambdaIntegration(function.getNode().getId() + "Integration",
                function, HttpLambdaIntegrationProps.builder()
                        .payloadFormatVersion(PayloadFormatVersion.VERSION_2_0)
                        .build());
        api.addRoutes(AddRoutesOptions.builder()
                .path(route.path())
                .methods(route.methods().stream().map(HttpMethod::valueOf).toList())
                .integration(integration)
                .build());
    }
}
