package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.StatsStreamFilter;
import io.offerline.dynamodb.StorageAccess;
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
            OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER,
            OutboundPostbacks.FEED_HANDLER, OutboundPostbacks.SENDER_HANDLER);

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
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build(), StackSettings.DEFAULTS));
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
    void stack_createsOneJava21ArmFunctionPerHandler_withSnapStartAndJsonLogs() {
        template.resourceCountIs(FUNCTION, HANDLERS.size());
        for (String handler : HANDLERS) {
            template.hasResourceProperties(FUNCTION, Map.of(
                    "Handler", handler,
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "MemorySize", 1024,
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON", "SystemLogLevel", "WARN", "ApplicationLogLevel", "INFO")),
                    "TracingConfig", Match.absent()));
        }
    }

    @Test
    void everyFunction_hasALiveAliasOnAPublishedVersion() {
        template.resourceCountIs("AWS::Lambda::Alias", HANDLERS.size());
        for (String handler : HANDLERS) {
            Capture version = new Capture();
            template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                    "Name", "live",
                    "FunctionName", Map.of("Ref", functionId(handler)),
                    "FunctionVersion", Map.of("Fn::GetAtt", List.of(version, "Version"))));
            assertThat(template.findResources("AWS::Lambda::Version", Map.of("Properties", Match.objectLike(Map.of(
                    "FunctionName", Map.of("Ref", functionId(handler)))))))
                    .as(handler).containsOnlyKeys(version.asString());
        }
    }

    @Test
    void everyFunction_logsToALogGroupOfItsOwn_keptThirtyDays() {
        template.resourceCountIs("AWS::Logs::LogGroup", HANDLERS.size());
        for (String handler : HANDLERS) {
            Capture logGroup = new Capture();
            template.hasResourceProperties(FUNCTION, Map.of("Handler", handler,
                    "LoggingConfig", Match.objectLike(Map.of("LogGroup", Map.of("Ref", logGroup)))));
            template.hasResource("AWS::Logs::LogGroup", Map.of("Properties", Map.of("RetentionInDays", 30)));
            assertThat(statementsOf(handler)).as(handler)
                    .filteredOn(statement -> actions(statement).stream().anyMatch(action -> action.startsWith("logs:")))
                    .singleElement()
                    .satisfies(statement -> {
                        assertThat(actions(statement)).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
                        assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of(logGroup.asString(), "Arn")));
                    });
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
        Map<String, Object> environment = Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "OFFERLINE_TABLES_CONFIG", Map.of("Ref", logicalId(OfferlineTables.CONFIG)),
                "OFFERLINE_TABLES_EVENTS", Map.of("Ref", logicalId(OfferlineTables.EVENTS)),
                "OFFERLINE_TABLES_STATS", Map.of("Ref", logicalId(OfferlineTables.STATS)),
                "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))));

        assertThat(template.findResources(FUNCTION, Map.of("Properties", Match.objectLike(environment))))
                .hasSize(HANDLERS.size());
    }

    @Test
    void visitorFacingFunctions_giveStorage400Ms_andTheOthersSixSeconds() {
        Map<String, String> redirectPath = Map.of("OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT", "150ms",
                "OFFERLINE_DYNAMODB_CALL_TIMEOUT", "400ms", "OFFERLINE_DYNAMODB_MAX_ATTEMPTS", "2");
        Map<String, String> standard = Map.of("OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT", "2s",
                "OFFERLINE_DYNAMODB_CALL_TIMEOUT", "6s", "OFFERLINE_DYNAMODB_MAX_ATTEMPTS", "3");
        List<String> visitorFacing = List.of(OfferlineStack.VISIT_HANDLER, OfferlineStack.CLICK_HANDLER, OfferlineStack.DIRECT_VISIT_HANDLER);
        for (String handler : HANDLERS) {
            template.hasResourceProperties(FUNCTION, Map.of("Handler", handler, "Environment", Map.of("Variables",
                    Match.objectLike(visitorFacing.contains(handler) ? redirectPath : standard))));
        }
    }

    @Test
    void stack_feedsTheEventsStreamToTheStatsAggregatorInRetriedBisectedWindowedBatchesOf100_failuresToAQueue() {
        Capture aggregator = new Capture();
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionName", aggregator,
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(logicalId(OfferlineTables.EVENTS), "StreamArn")),
                "StartingPosition", "TRIM_HORIZON",
                "BatchSize", 100,
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", OfferlineStack.STATS_RETRY_ATTEMPTS,
                "TumblingWindowInSeconds", OfferlineStack.STATS_WINDOW_SECONDS,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Map.of("Fn::GetAtt",
                        List.of(queueId("FailedStatsBatches"), "Arn"))))));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of("MessageRetentionPeriod", 14 * 24 * 3600));
        // The function's name taken from the alias's ARN, qualified with ":live".
        assertThat(aggregator.asObject().toString()).contains("Ref=" + aliasId(OfferlineStack.STATS_AGGREGATOR_HANDLER) + "}", ":live");
    }

    @Test
    void stack_feedsOnlyConversionsOfTheEventsStream_toTheOutboundFeed_fromTheStreamsEnd() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionName", Match.objectLike(Map.of()),
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(logicalId(OfferlineTables.EVENTS), "StreamArn")),
                "StartingPosition", "LATEST",
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", OutboundPostbacks.FEED_RETRY_ATTEMPTS,
                "FilterCriteria", Map.of("Filters", List.of(Map.of("Pattern",
                        "{\"dynamodb\":{\"NewImage\":{\"type\":{\"S\":[\"CONVERSION\"]}}}}"))),
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Map.of("Fn::GetAtt",
                        List.of(queueId("FailedOutboundPostbacks"), "Arn"))))));
    }

    @Test
    void stack_queuesOutboundPostbacks_forTheSender_withPartialBatchFailures_andADeadLetterQueue() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(queueId("OutboundPostbackQueue"), "Arn")),
                "BatchSize", OutboundPostbacks.SENDER_BATCH_SIZE,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures")));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of("RedrivePolicy", Map.of(
                "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(queueId("FailedOutboundPostbacks"), "Arn")),
                "maxReceiveCount", OutboundPostbacks.SENDER_MAX_RECEIVES)));
        for (String handler : List.of(OutboundPostbacks.FEED_HANDLER, OutboundPostbacks.SENDER_HANDLER)) {
            template.hasResourceProperties(FUNCTION, Map.of("Handler", handler, "Environment", Map.of("Variables", Match.objectLike(Map.of(
                    OutboundPostbacks.QUEUE_URL_ENV, Map.of("Ref", queueId("OutboundPostbackQueue")))))));
            assertThat(statementsOf(handler).stream().map(OfferlineStackTest::describe)).as(handler)
                    .anyMatch(statement -> statement.contains("sqs:SendMessage"));
        }
    }

    @Test
    void everyFunction_mayDoOnTheTablesExactlyWhatStorageAccessLists() {
        for (String handler : HANDLERS) {
            List<String> expected = new ArrayList<>();
            for (StorageAccess.Grant grant : StorageAccess.of(handler)) {
                grant.actions().forEach(action -> {
                    expected.add(grantLine("dynamodb:" + action, tableArn(grant.table()), grant.leadingKeys()));
                    grant.indexes().forEach(index -> expected.add(grantLine("dynamodb:" + action,
                            Map.of("Fn::Join", List.of("", List.of(tableArn(grant.table()), "/index/" + index))), grant.leadingKeys())));
                });
            }
            List<String> granted = new ArrayList<>();
            for (Map<String, Object> statement : statementsOf(handler)) {
                for (String action : actions(statement)) {
                    for (Object resource : resources(statement)) {
                        if (action.startsWith("dynamodb:") && isTable(resource)) {
                            granted.add(grantLine(action, resource, leadingKeys(statement)));
                        }
                    }
                }
            }
            assertThat(granted).as(handler).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void stack_letsTheStatsAggregatorSendItsFailedRecordsToTheQueue() {
        String queue = queueId("FailedStatsBatches");
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", OfferlineStack.STATS_AGGREGATOR_HANDLER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(OfferlineStack.STATS_FAILURES_ENV, Map.of("Ref", queue))))));
        assertThat(statementsOf(OfferlineStack.STATS_AGGREGATOR_HANDLER))
                .anySatisfy(statement -> {
                    assertThat(actions(statement)).contains("sqs:SendMessage");
                    assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of(queue, "Arn")));
                });
    }

    // StatsStreamFilterIT (dynamodb) evaluates these same patterns on real stream records.
    @Test
    void stack_filtersTheStatsAggregatorsEventSourceByTheStatsStreamFilter() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of("FilterCriteria", Map.of("Filters",
                StatsStreamFilter.PATTERNS.stream().map(pattern -> Map.of("Pattern", pattern)).toList())));
    }

    @Test
    void noFunction_hasAWildcardAction_orAWildcardResourceBeyondThoseAwsRequires() {
        // ListStreams and X-Ray's writes have no resource-level permissions.
        List<String> allowedOnAnyResource = List.of("dynamodb:ListStreams", "xray:PutTraceSegments", "xray:PutTelemetryRecords");
        for (String handler : HANDLERS) {
            for (Map<String, Object> statement : statementsOf(handler)) {
                assertThat(actions(statement)).as(handler).noneMatch(action -> action.contains("*"));
                if (resources(statement).contains("*")) {
                    assertThat(allowedOnAnyResource).as(handler).containsAll(actions(statement));
                }
                assertThat(statement.get("Effect")).isEqualTo("Allow");
            }
        }
        template.resourcePropertiesCountIs("AWS::IAM::Role", Map.of("ManagedPolicyArns", Match.anyValue()), 0);
    }

    @Test
    void theRedirectFunction_readsConfig_writesVisits_andUpdatesOnlyCapCounters() {
        assertThat(statementsOf(OfferlineStack.VISIT_HANDLER).stream().map(OfferlineStackTest::describe))
                .contains("[dynamodb:GetItem, dynamodb:BatchGetItem, dynamodb:Query] on " + List.of(tableArn(OfferlineTables.CONFIG)),
                        "[dynamodb:UpdateItem] on " + List.of(tableArn(OfferlineTables.CONFIG)) + " where keys start CAP#",
                        "[dynamodb:PutItem] on " + List.of(tableArn(OfferlineTables.EVENTS)));
    }

    @Test
    void onlyTheApi_mayDeleteItems_andNoFunctionMayScanOrBatchWrite() {
        for (String handler : HANDLERS) {
            List<String> actions = statementsOf(handler).stream().flatMap(statement -> actions(statement).stream()).toList();
            assertThat(actions).as(handler).doesNotContain("dynamodb:Scan", "dynamodb:BatchWriteItem");
            if (!handler.equals(OfferlineStack.GRAPHQL_HANDLER)) {
                assertThat(actions).as(handler).doesNotContain("dynamodb:DeleteItem");
            }
        }
    }

    @Test
    void theScriptFunction_mayOnlyWriteItsLogs() {
        assertThat(statementsOf(OfferlineStack.SCRIPT_HANDLER).stream().flatMap(statement -> actions(statement).stream()))
                .containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
    }

    @Test
    void stack_givesExchangeRateRefreshSixtySeconds() {
        template.hasResourceProperties(FUNCTION, Map.of("Handler", OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER, "Timeout", 60));
    }

    @Test
    void stack_runsExchangeRateRefreshAfterTheEcbPublishesOnWeekdays_andEveryEvening() {
        Map<String, Object> refresherArn = Map.of("Ref", aliasId(OfferlineStack.EXCHANGE_RATE_REFRESH_HANDLER));
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
                "IntegrationUri", Map.of("Ref", aliasId(handler)),
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

    /** The logical id of the queue made with construct id {@code id}. */
    private static String queueId(String id) {
        return stack.getLogicalId((CfnElement) stack.getNode().findChild(id).getNode().getDefaultChild());
    }

    private static String functionId(String handler) {
        Map<String, Map<String, Object>> functions =
                template.findResources(FUNCTION, Map.of("Properties", Match.objectLike(Map.of("Handler", handler))));
        assertThat(functions).hasSize(1);
        return functions.keySet().iterator().next();
    }

    /** The logical id of the function's live alias. */
    private static String aliasId(String handler) {
        Map<String, Map<String, Object>> aliases = template.findResources("AWS::Lambda::Alias", Map.of("Properties", Match.objectLike(Map.of(
                "Name", "live", "FunctionName", Map.of("Ref", functionId(handler))))));
        assertThat(aliases).hasSize(1);
        return aliases.keySet().iterator().next();
    }

    /** Every statement of every policy attached to the function's role. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOf(String handler) {
        Capture role = new Capture();
        template.hasResourceProperties(FUNCTION, Map.of(
                "Handler", handler,
                "Role", Map.of("Fn::GetAtt", List.of(role, "Arn"))));
        List<Map<String, Object>> statements = new ArrayList<>();
        template.findResources(POLICY, Map.of("Properties", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", role.asString())))))).values().forEach(policy -> {
                    Map<String, Object> document = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
                    statements.addAll((List<Map<String, Object>>) document.get("Statement"));
                });
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of((String) action);
    }

    private static List<Object> resources(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        return resource instanceof List<?> list ? List.copyOf(list) : List.of(resource);
    }

    @SuppressWarnings("unchecked")
    private static List<String> leadingKeys(Map<String, Object> statement) {
        Map<String, Object> conditions = (Map<String, Object>) statement.get("Condition");
        if (conditions == null) {
            return List.of();
        }
        Object prefixes = ((Map<String, Object>) conditions.get("ForAllValues:StringLike")).get("dynamodb:LeadingKeys");
        return ((List<String>) (prefixes instanceof List<?> ? prefixes : List.of(prefixes))).stream()
                .map(prefix -> prefix.substring(0, prefix.length() - 1)).toList();
    }

    private static String describe(Map<String, Object> statement) {
        List<String> keys = leadingKeys(statement);
        return actions(statement) + " on " + resources(statement) + (keys.isEmpty() ? "" : " where keys start " + String.join(",", keys));
    }

    private static String grantLine(String action, Object resource, List<String> leadingKeys) {
        return action + " on " + resource + (leadingKeys.isEmpty() ? "" : " where keys start " + leadingKeys);
    }

    private static boolean isTable(Object resource) {
        return OfferlineTables.ALL.stream().anyMatch(definition -> resource.toString().contains(logicalId(definition)))
                && !resource.toString().contains("StreamArn");
    }

    private static Map<String, Object> tableArn(TableDefinition definition) {
        return Map.of("Fn::GetAtt", List.of(logicalId(definition), "Arn"));
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
