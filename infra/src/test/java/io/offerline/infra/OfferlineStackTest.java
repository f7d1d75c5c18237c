package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TableDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    private static final String RULE = "AWS::Events::Rule";
    private static final String PERMISSION = "AWS::Lambda::Permission";
    private static final List<String> HANDLERS = List.of(
            OfferlineStack.VISIT_HANDLER, OfferlineStack.CLICK_HANDLER, OfferlineStack.DIRECT_VISIT_HANDLER, OfferlineStack.SCRIPT_HANDLER,
            OfferlineStack.POSTBACK_HANDLER, OfferlineStack.PIXEL_HANDLER, OfferlineStack.GRAPHQL_HANDLER,
            OfferlineStack.STATS_AGGREGATOR_HANDLER,
            OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER);

    private static OfferlineStack stack;
    private static Template template;

    // Synthesized once: every synthesis goes through the jsii node process, which takes seconds.
    @BeforeAll
    static void synthesize() {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code trackingCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", "tracking"), "tracking.jar");
        Code apiCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", "api"), "api.jar");
        stack = new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build()));
        template = Template.fromStack(stack);
    }

    @Test
    void stack_createsOneTablePerDefinition() {
        template.resourceCountIs(TABLE, OfferlineTables.ALL.size());
    }

    @Test
    void stack_createsEachTableWithTheKeysAndIndexesOfItsDefinition() {
        for (TableDefinition definition : OfferlineTables.ALL) {
            Map<String, Object> keysAndIndexes = Map.of(
                    "KeySchema", keySchema(definition.partitionKey(), definition.sortKey()),
                    "AttributeDefinitions", Match.arrayWith(stringAttributes(definition)),
                    "GlobalSecondaryIndexes", definition.globalIndexes().isEmpty() ? Match.absent() : globalIndexes(definition));

            assertThat(template.findResources(TABLE, Map.of("Properties", Match.objectLike(keysAndIndexes))))
                    .as(definition.name())
                    .containsKey(logicalId(definition));
        }
    }

    @Test
    void stack_createsGsi1OnStringKeys_onTheConfigTableOnly() {
        Map<String, Object> gsi1 = Map.of(
                "KeySchema", keySchema("pk", "sk"),
                "GlobalSecondaryIndexes", List.of(Map.of(
                        "IndexName", "gsi1",
                        "KeySchema", keySchema("gsi1pk", "gsi1sk"),
                        "Projection", Map.of("ProjectionType", "ALL"))),
                "AttributeDefinitions", List.of(
                        stringAttribute("pk"), stringAttribute("sk"),
                        stringAttribute("gsi1pk"), stringAttribute("gsi1sk")));

        assertThat(template.findResources(TABLE, Map.of("Properties", Match.objectLike(gsi1))))
                .containsOnlyKeys(logicalId(OfferlineTables.CONFIG));
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
        Map<String, Object> expiringAndStreamed = Map.of(
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                "StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"));

        assertThat(template.findResources(TABLE, Map.of("Properties", Match.objectLike(expiringAndStreamed))))
                .containsOnlyKeys(logicalId(OfferlineTables.EVENTS));
    }

    @Test
    void stack_createsConfigAndStatsTablesWithoutTtlOrStream() {
        Map<String, Object> neitherTtlNorStream = Map.of(
                "TimeToLiveSpecification", Match.absent(),
                "StreamSpecification", Match.absent());

        assertThat(template.findResources(TABLE, Map.of("Properties", Match.objectLike(neitherTtlNorStream))))
                .containsOnlyKeys(logicalId(OfferlineTables.CONFIG), logicalId(OfferlineTables.STATS));
    }

    @Test
    void stack_createsOneJava17ArmFunctionPerHandler() {
        template.resourceCountIs(FUNCTION, HANDLERS.size());
        for (String handler : HANDLERS) {
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
                "OFFERLINE_TABLES_CONFIG", Map.of("Ref", logicalId(OfferlineTables.CONFIG)),
                "OFFERLINE_TABLES_EVENTS", Map.of("Ref", logicalId(OfferlineTables.EVENTS)),
                "OFFERLINE_TABLES_STATS", Map.of("Ref", logicalId(OfferlineTables.STATS)),
                "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")));

        assertThat(template.findResources(FUNCTION, Map.of("Properties", Match.objectLike(environment))))
                .hasSize(HANDLERS.size());
    }

    @Test
    void stack_grantsVisitAndClickFunctionsCapCounterWritesOnConfigAndWritesOnEvents() {
        for (String handler : List.of(OfferlineStack.VISIT_HANDLER, OfferlineStack.CLICK_HANDLER)) {
            assertThat(actionsGranted(handler, OfferlineTables.CONFIG))
                    .contains("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:UpdateItem");
            assertThat(actionsGranted(handler, OfferlineTables.EVENTS))
                    .contains("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:Query");
        }
    }

    @Test
    void stack_grantsDirectVisitFunctionConfigReadsAndWritesOnEvents() {
        assertThat(actionsGranted(OfferlineStack.DIRECT_VISIT_HANDLER, OfferlineTables.CONFIG)).contains("dynamodb:GetItem", "dynamodb:BatchGetItem");
        assertThat(actionsGranted(OfferlineStack.DIRECT_VISIT_HANDLER, OfferlineTables.EVENTS)).contains("dynamodb:PutItem", "dynamodb:GetItem");
    }

    @Test
    void stack_grantsStatsAggregatorEventReadsAndCellWrites() {
        assertThat(actionsGranted(OfferlineStack.STATS_AGGREGATOR_HANDLER, OfferlineTables.EVENTS)).contains("dynamodb:BatchGetItem")
                .doesNotContain("dynamodb:PutItem", "dynamodb:UpdateItem");
        assertThat(actionsGranted(OfferlineStack.STATS_AGGREGATOR_HANDLER, OfferlineTables.STATS))
                .contains("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:PutItem");
    }

    @Test
    void stack_grantsGraphQLStatsReadsOnly() {
        assertThat(actionsGranted(OfferlineStack.GRAPHQL_HANDLER, OfferlineTables.STATS)).contains("dynamodb:Query")
                .doesNotContain("dynamodb:PutItem", "dynamodb:UpdateItem");
    }

    @Test
    void stack_feedsTheEventsStreamToTheStatsAggregatorInRetriedBisectedWindowedBatchesOf100_failuresToAQueue() {
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionName", Map.of("Ref", functionId(OfferlineStack.STATS_AGGREGATOR_HANDLER)),
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(logicalId(OfferlineTables.EVENTS), "StreamArn")),
                "StartingPosition", "TRIM_HORIZON",
                "BatchSize", 100,
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", OfferlineStack.STATS_RETRY_ATTEMPTS,
                "TumblingWindowInSeconds", OfferlineStack.STATS_WINDOW_SECONDS,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Map.of("Fn::GetAtt",
                        List.of(logicalIdOfType("AWS::SQS::Queue"), "Arn"))))));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of("MessageRetentionPeriod", 14 * 24 * 3600));
    }

    @Test
    void stack_grantsScriptFunctionNoTableAccess() {
        assertThat(policiesOf(OfferlineStack.SCRIPT_HANDLER)).isEmpty();
    }

    @Test
    void stack_grantsPostbackAndPixelFunctionsCapCounterWritesOnConfigAndWritesOnEvents() {
        for (String handler : List.of(OfferlineStack.POSTBACK_HANDLER, OfferlineStack.PIXEL_HANDLER)) {
            assertThat(actionsGranted(handler, OfferlineTables.CONFIG)).contains("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:UpdateItem");
            assertThat(actionsGranted(handler, OfferlineTables.EVENTS)).contains("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query");
        }
    }

    @Test
    void stack_grantsApiFunctionWritesOnConfigAndOnEventsForUploads() {
        assertThat(actionsGranted(OfferlineStack.GRAPHQL_HANDLER, OfferlineTables.CONFIG))
                .contains("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query");
        assertThat(actionsGranted(OfferlineStack.GRAPHQL_HANDLER, OfferlineTables.EVENTS))
                .contains("dynamodb:Query", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
    }

    @Test
    void stack_grantsExchangeRateRefreshFunctionWritesOnConfigOnly() {
        assertThat(actionsGranted(OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER, OfferlineTables.CONFIG))
                .contains("dynamodb:PutItem", "dynamodb:Query");
        assertThat(policiesOf(OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER).toString())
                .doesNotContain(logicalId(OfferlineTables.EVENTS));
    }

    @Test
    void stack_givesExchangeRateRefreshSixtySeconds() {
        template.hasResourceProperties(FUNCTION, Map.of("Handler", OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER, "Timeout", 60));
    }

    @Test
    void stack_runsExchangeRateRefreshAfterTheEcbPublishesOnWeekdays_andEveryEvening() {
        String refresher = functionId(OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER);
        Map<String, Object> refresherArn = Map.of("Fn::GetAtt", List.of(refresher, "Arn"));
        Map<String, Map<String, Object>> rules = template.findResources(RULE);

        for (String cron : List.of("cron(30 16 ? * MON-FRI *)", "cron(0 22 * * ? *)")) {
            Map<String, Map<String, Object>> scheduled = template.findResources(RULE, Map.of("Properties", Match.objectLike(Map.of(
                    "ScheduleExpression", cron,
                    "State", "ENABLED",
                    "Targets", List.of(Match.objectLike(Map.of("Arn", refresherArn)))))));
            assertThat(scheduled).as(cron).hasSize(1);
            String rule = scheduled.keySet().iterator().next();
            template.hasResourceProperties(PERMISSION, Map.of(
                    "Action", "lambda:InvokeFunction",
                    "FunctionName", refresherArn,
                    "Principal", "events.amazonaws.com",
                    "SourceArn", Map.of("Fn::GetAtt", List.of(rule, "Arn"))));
        }
        assertThat(rules).hasSize(2);
    }

    @Test
    void stack_routesTrackingAndGraphqlPaths() {
        Capture routeKeys = new Capture();
        template.allResourcesProperties(ROUTE, Match.objectLike(Map.of("RouteKey", routeKeys)));

        assertThat(allCaptured(routeKeys))
                .containsExactlyInAnyOrder("GET /c/{campaignId}", "GET /click", "GET /click/{n}", "GET /dt/visit", "POST /dt/visit",
                        "GET /dt.js", "GET /conversion.js", "GET /postback", "GET /pixel.gif", "GET /graphql",
                        "POST /graphql", "GET /export/report.csv", "GET /export/report.json");
    }

    @ParameterizedTest
    @CsvSource({
        "GET /c/{campaignId}, io.offerline.functions.VisitHandler",
        "GET /click, io.offerline.functions.ClickHandler",
        "GET /click/{n}, io.offerline.functions.ClickHandler",
        "GET /dt/visit, io.offerline.functions.DirectVisitHandler",
        "POST /dt/visit, io.offerline.functions.DirectVisitHandler",
        "GET /dt.js, io.offerline.functions.ScriptHandler",
        "GET /conversion.js, io.offerline.functions.ScriptHandler",
        "GET /postback, io.offerline.functions.PostbackHandler",
        "GET /pixel.gif, io.offerline.functions.PixelHandler",
        "GET /graphql, io.offerline.api.GraphQLHandler",
        "POST /graphql, io.offerline.api.GraphQLHandler",
        "GET /export/report.csv, io.offerline.api.GraphQLHandler",
        "GET /export/report.json, io.offerline.api.GraphQLHandler"
    })
    void route_targetsItsFunctionWithPayloadFormat2(String routeKey, String handler) {
        Capture integration = new Capture();
        template.hasResourceProperties(ROUTE, Map.of(
                "RouteKey", routeKey,
                "Target", Map.of("Fn::Join", List.of("", List.of("integrations/", Map.of("Ref", integration))))));

        Map<String, Object> lambdaProxy = Map.of(
                "IntegrationType", "AWS_PROXY",
                "IntegrationUri", Map.of("Fn::GetAtt", List.of(functionId(handler), "Arn")),
                "PayloadFormatVersion", "2.0");
        assertThat(template.findResources(INTEGRATION, Map.of("Properties", Match.objectLike(lambdaProxy))))
                .containsKey(integration.asString());
    }

    @Test
    void stack_outputsApiUrlOfTheHttpApi() {
        Capture apiId = new Capture();
        template.hasOutput("ApiUrl", Map.of("Value", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(
                "https://", Map.of("Ref", apiId)))))));

        assertThat(template.findResources("AWS::ApiGatewayV2::Api")).containsOnlyKeys(apiId.asString());
    }

    private static String logicalId(TableDefinition definition) {
        return stack.getLogicalId((CfnElement) stack.table(definition).getNode().getDefaultChild());
    }

    /** The logical id of the stack's only resource of {@code type}. */
    private static String logicalIdOfType(String type) {
        Map<String, Map<String, Object>> resources = template.findResources(type);
        assertThat(resources).hasSize(1);
        return resources.keySet().iterator().next();
    }

    private static String functionId(String handler) {
        Map<String, Map<String, Object>> functions =
                template.findResources(FUNCTION, Map.of("Properties", Match.objectLike(Map.of("Handler", handler))));
        assertThat(functions).hasSize(1);
        return functions.keySet().iterator().next();
    }

    /** The actions the function's role may take on the table and on its indexes. */
    private static List<Object> actionsGranted(String handler, TableDefinition definition) {
        Capture role = new Capture();
        template.hasResourceProperties(FUNCTION, Map.of(
                "Handler", handler,
                "Role", Map.of("Fn::GetAtt", List.of(role, "Arn"))));

        Map<String, Object> tableArn = Map.of("Fn::GetAtt", List.of(logicalId(definition), "Arn"));
        Map<String, Object> indexArns = Map.of("Fn::Join", List.of("", List.of(tableArn, "/index/*")));
        Capture actions = new Capture();
        template.hasResourceProperties(POLICY, Map.of(
                "Roles", List.of(Map.of("Ref", role.asString())),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow",
                        "Action", actions,
                        "Resource", definition.globalIndexes().isEmpty() ? tableArn : List.of(tableArn, indexArns)))))))));
        return actions.asArray();
    }

    /** The IAM policies attached to the function's role. */
    private static Map<String, Map<String, Object>> policiesOf(String handler) {
        Capture role = new Capture();
        template.hasResourceProperties(FUNCTION, Map.of(
                "Handler", handler,
                "Role", Map.of("Fn::GetAtt", List.of(role, "Arn"))));
        return template.findResources(POLICY, Map.of("Properties", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", role.asString()))))));
    }

    private static List<Object> allCaptured(Capture capture) {
        List<Object> values = new ArrayList<>(List.of(capture.asString()));
        while (capture.next()) {
            values.add(capture.asString());
        }
        return values;
    }

    private static List<Object> globalIndexes(TableDefinition definition) {
        return definition.globalIndexes().stream()
                .<Object>map(index -> Map.of(
                        "IndexName", index.name(),
                        "KeySchema", keySchema(index.partitionKey(), index.sortKey()),
                        "Projection", Map.of("ProjectionType", "ALL")))
                .toList();
    }

    private static List<Object> stringAttributes(TableDefinition definition) {
        List<Object> attributes = new ArrayList<>(List.of(
                stringAttribute(definition.partitionKey()), stringAttribute(definition.sortKey())));
        definition.globalIndexes().forEach(index -> attributes.addAll(List.of(
                stringAttribute(index.partitionKey()), stringAttribute(index.sortKey()))));
        return attributes;
    }

    private static List<Object> keySchema(String partitionKey, String sortKey) {
        return List.of(
                Map.of("AttributeName", partitionKey, "KeyType", "HASH"),
                Map.of("AttributeName", sortKey, "KeyType", "RANGE"));
    }

    private static Map<String, String> stringAttribute(String name) {
        return Map.of("AttributeName", name, "AttributeType", "S");
    }
}
