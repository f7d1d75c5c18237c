package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TableDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;

class OfferlineStackTest {

    private static final String TABLE = "AWS::DynamoDB::Table";
    private static final String FUNCTION = "AWS::Lambda::Function";
    private static final String ROUTE = "AWS::ApiGatewayV2::Route";
    private static final String INTEGRATION = "AWS::ApiGatewayV2::Integration";
    private static final String POLICY = "AWS::IAM::Policy";

    private static OfferlineStack stack;
    private static Template template;

    // One synthesis for the class: each one drives the jsii node process.
    @BeforeAll
    static void synthesize() {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code trackingCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", "tracking-bucket"), "tracking.jar");
        Code apiCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", "api-bucket"), "api.jar");
        stack = new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build()));
        template = Template.fromStack(stack);
    }

    @Test
    void stack_createsOneTablePerDefinition() {
        template.resourceCountIs(TABLE, OfferlineTables.ALL.size());
    }

    @Test
    void stack_createsTablesWithStringKeysAndGsi1ProjectingAll() {
        Map<String, Object> keysAndIndex = Map.of(
                "KeySchema", List.of(key("pk", "HASH"), key("sk", "RANGE")),
                "AttributeDefinitions", Match.arrayWith(List.of(
                        stringAttribute("pk"), stringAttribute("sk"),
                        stringAttribute("gsi1pk"), stringAttribute("gsi1sk"))),
                "GlobalSecondaryIndexes", List.of(Map.of(
                        "IndexName", "gsi1",
                        "KeySchema", List.of(key("gsi1pk", "HASH"), key("gsi1sk", "RANGE")),
                        "Projection", Map.of("ProjectionType", "ALL"))));

        assertThat(template.findResources(TABLE, Map.of("Properties", Match.objectLike(keysAndIndex))))
                .hasSize(OfferlineTables.ALL.size());
    }

    @Test
    void stack_createsTablesOnDemandWithRecoveryAndRetained() {
        Map<String, Object> durableTable = Map.of(
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "BillingMode", "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))));

        assertThat(template.findResources(TABLE, durableTable)).hasSize(OfferlineTables.ALL.size());
    }

    @Test
    void stack_createsEventsTableWithTtlAndStream() {
        template.hasResource(TABLE, Map.of(
                "Properties", Match.objectLike(Map.of(
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                        "StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES")))));
        assertThat(logicalId(OfferlineTables.EVENTS)).startsWith("EventsTable");
    }

    @Test
    void stack_createsConfigTableWithoutTtlOrStream() {
        Map<String, Map<String, Object>> tables = template.findResources(TABLE);
        Map<String, Object> config = tables.get(logicalId(OfferlineTables.CONFIG));

        assertThat(config).extractingByKey("Properties").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .doesNotContainKeys("StreamSpecification", "TimeToLiveSpecification");
    }

    @Test
    void stack_createsThreeJava17ArmFunctionsWithTheirHandlers() {
        template.resourceCountIs(FUNCTION, 3);
        for (String handler : List.of(OfferlineStack.VISIT_HANDLER, OfferlineStack.POSTBACK_HANDLER, OfferlineStack.GRAPHQL_HANDLER)) {
            template.hasResourceProperties(FUNCTION, Map.of(
                    "Handler", handler,
                    "Runtime", "java17",
                    "Architectures", List.of("arm64"),
                    "MemorySize", 1024));
        }
    }

    @Test
    void stack_givesTrackingFunctionsTenSecondsAndApiTwentyNine() {
        template.hasResourceProperties(FUNCTION, Map.of("Handler", OfferlineStack.VISIT_HANDLER, "Timeout", 10));
        template.hasResourceProperties(FUNCTION, Map.of("Handler", OfferlineStack.POSTBACK_HANDLER, "Timeout", 10));
        template.hasResourceProperties(FUNCTION, Map.of("Handler", OfferlineStack.GRAPHQL_HANDLER, "Timeout", 29));
    }

    @Test
    void stack_passesTableNamesAndJvmOptionsToEveryFunction() {
        Map<String, Object> environment = Map.of("Environment", Map.of("Variables", Map.of(
                OfferlineStack.CONFIG_TABLE_ENV, Map.of("Ref", logicalId(OfferlineTables.CONFIG)),
                OfferlineStack.EVENTS_TABLE_ENV, Map.of("Ref", logicalId(OfferlineTables.EVENTS)),
                "JAVA_TOOL_OPTIONS", OfferlineStack.JAVA_TOOL_OPTIONS)));

        assertThat(template.findResources(FUNCTION, Map.of("Properties", Match.objectLike(environment))))
                .hasSize(3);
    }

    @Test
    void stack_routesTrackingAndGraphqlPaths() {
        Capture routeKeys = new Capture();
        template.allResourcesProperties(ROUTE, Match.objectLike(Map.of("RouteKey", routeKeys)));

        assertThat(capturedValues(routeKeys))
                .containsExactlyInAnyOrder("GET /c/{campaignId}", "GET /postback", "GET /graphql", "POST /graphql");
    }

    @Test
    void stack_targetsLambdaIntegrationsWithPayloadFormat2() {
        template.resourceCountIs(INTEGRATION, 3);
        template.allResourcesProperties(INTEGRATION, Match.objectLike(Map.of(
                "IntegrationType", "AWS_PROXY",
                "PayloadFormatVersion", "2.0")));
        template.allResourcesProperties(ROUTE, Match.objectLike(Map.of(
                "Target", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of("integrations/")))))))));
    }

    @Test
    void stack_grantsApiFunctionReadsOnEventsIndexes() {
        Capture roleOfApi = new Capture();
        template.hasResourceProperties(FUNCTION, Map.of(
                "Handler", OfferlineStack.GRAPHQL_HANDLER,
                "Role", Map.of("Fn::GetAtt", List.of(roleOfApi, "Arn"))));

        template.hasResourceProperties(POLICY, Map.of(
                "Roles", List.of(Map.of("Ref", roleOfApi.asString())),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("dynamodb:Query")),
                        "Resource", Match.arrayWith(List.of(indexArn(OfferlineTables.EVENTS)))))))))));
    }

    @Test
    void stack_outputsApiUrl() {
        template.hasOutput("ApiUrl", Match.objectLike(Map.of("Value", Match.anyValue())));
    }

    private static String logicalId(TableDefinition definition) {
        return stack.getLogicalId((CfnElement) stack.table(definition).getNode().getDefaultChild());
    }

    private static Map<String, Object> indexArn(TableDefinition definition) {
        return Map.of();
    }

    @Test
    void dump() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/template.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(template.toJSON()));
    }

    private static List<Object> capturedValues(Capture capture) {
        List<Object> values = new java.util.ArrayList<>();
        values.add(capture.asString());
        while (capture.next()) {
            values.add(capture.asString());
        }
        return values;
    }

    private static Map<String, String> key(String name, String type) {
        return Map.of("AttributeName", name, "KeyType", type);
    }

    private static Map<String, String> stringAttribute(String name) {
        return Map.of("AttributeName", name, "AttributeType", "S");
    }
}
