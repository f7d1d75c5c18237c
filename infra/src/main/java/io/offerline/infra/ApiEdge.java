package io.offerline.infra;

import io.offerline.core.http.HttpRoute;
import io.offerline.core.http.HttpRoutes;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegrationProps;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.ApiMapping;
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
 */
final class ApiEdge {

    private final HttpStage stage;

    ApiEdge(Construct scope, String name, Map<String, IFunction> byHandler, StackSettings settings) {
        HttpApi api = HttpApi.Builder.create(scope, "HttpApi").apiName(name).createDefaultStage(false).build();
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
    }

    HttpStage stage() {
        return stage;
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
