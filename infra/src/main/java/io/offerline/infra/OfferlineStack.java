package io.offerline.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.offerline.core.http.HttpRoute;
import io.offerline.core.http.HttpRoutes;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.StatsStreamFilter;
import io.offerline.dynamodb.TableDefinition;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegrationProps;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableProps;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Offerline on one AWS account: the DynamoDB tables of {@link OfferlineTables#ALL}, the
 * tracking and GraphQL Lambda functions, the HTTP API that routes to them, and the scheduled
 * refresh of the ECB exchange rates.
 */
public class OfferlineStack extends Stack {

    static final String VISIT_HANDLER = HttpRoutes.VISIT_HANDLER;
    static final String CLICK_HANDLER = HttpRoutes.CLICK_HANDLER;
    static final String POSTBACK_HANDLER = HttpRoutes.POSTBACK_HANDLER;
    static final String PIXEL_HANDLER = HttpRoutes.PIXEL_HANDLER;
    static final String DIRECT_VISIT_HANDLER = HttpRoutes.DIRECT_VISIT_HANDLER;
    static final String SCRIPT_HANDLER = HttpRoutes.SCRIPT_HANDLER;
    static final String GRAPHQL_HANDLER = HttpRoutes.GRAPHQL_HANDLER;
    static final String STATS_AGGREGATOR_HANDLER = "io.offerline.functions.StatsAggregatorHandler";
    static final String EXCHANGE_RATE_REFRESH_HANDLER = "io.offerline.functions.ExchangeRateRefreshHandler";
    static final String CONFIG_TABLE_ENV = "OFFERLINE_TABLES_CONFIG";
    static final String EVENTS_TABLE_ENV = "OFFERLINE_TABLES_EVENTS";
    static final String STATS_TABLE_ENV = "OFFERLINE_TABLES_STATS";
    static final String STATS_FAILURES_ENV = "OFFERLINE_STATS_FAILURES";
    /** Lambda's batch of stream records: the aggregator writes at most one transaction of 100 items per 99 cells. */
    static final int STATS_BATCH_SIZE = 100;
    static final int STATS_RETRY_ATTEMPTS = 10;
    static final int STATS_WINDOW_SECONDS = 1;
    /** C1 only: a short-lived Lambda JVM starts faster and rarely lives long enough for C2. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private static final int MEMORY_MB = 1024;
    private static final Duration TRACKING_TIMEOUT = Duration.seconds(10);
    // API Gateway gives up on an integration after 30 s.
    private static final Duration API_TIMEOUT = Duration.seconds(29);
    private static final Duration AGGREGATOR_TIMEOUT = Duration.seconds(60);
    // A download of about 60 KB and one put per day of the ECB's 90-day file.
    private static final Duration REFRESH_TIMEOUT = Duration.seconds(60);

    private final Map<TableDefinition, Table> tables = new LinkedHashMap<>();

    public OfferlineStack(Construct scope, String id, OfferlineStackProps props) {
        super(scope, id, props.stackProps());
        OfferlineTables.ALL.forEach(definition -> tables.put(definition, createTable(definition)));
        Table config = tables.get(OfferlineTables.CONFIG);
        Table events = tables.get(OfferlineTables.EVENTS);
        Table stats = tables.get(OfferlineTables.STATS);

        Code trackingCode = props.trackingCode();
        Function visit = createFunction("VisitFunction", VISIT_HANDLER, trackingCode, TRACKING_TIMEOUT);
        // Config writes are the conditional cap-counter increments of click caps.
        config.grantReadWriteData(visit);
        events.grantReadWriteData(visit);

        Function click = createFunction("ClickFunction", CLICK_HANDLER, trackingCode, TRACKING_TIMEOUT);
        config.grantReadWriteData(click);
        events.grantReadWriteData(click);

        // Granted like the visit function; the config write is unused until a direct visit enforces a click cap.
        Function directVisit = createFunction("DirectVisitFunction", DIRECT_VISIT_HANDLER, trackingCode, TRACKING_TIMEOUT);
        config.grantReadWriteData(directVisit);
        events.grantReadWriteData(directVisit);

        // Static page scripts: no table access at all.
        Function scripts = createFunction("ScriptFunction", SCRIPT_HANDLER, trackingCode, TRACKING_TIMEOUT);

        // Conversions count on cap counters in the config table.
        Function postback = createFunction("PostbackFunction", POSTBACK_HANDLER, trackingCode, TRACKING_TIMEOUT);
        config.grantReadWriteData(postback);
        events.grantReadWriteData(postback);

        Function pixel = createFunction("PixelFunction", PIXEL_HANDLER, trackingCode, TRACKING_TIMEOUT);
        config.grantReadWriteData(pixel);
        events.grantReadWriteData(pixel);

        Function graphql = createFunction("GraphQLFunction", GRAPHQL_HANDLER, props.apiCode(), API_TIMEOUT);
        // Events writes are uploaded conversions and their log entries.
        config.grantReadWriteData(graphql);
        events.grantReadWriteData(graphql);
        stats.grantReadData(graphql);

        // Reads visits by key to place their clicks and conversions; writes cells and checkpoints.
        Function statsAggregator = createFunction("StatsAggregatorFunction", STATS_AGGREGATOR_HANDLER, trackingCode, AGGREGATOR_TIMEOUT);
        events.grantReadData(statsAggregator);
        stats.grantReadWriteData(statsAggregator);
        // A batch the aggregator cannot apply goes, with its unapplied records, to a queue kept 14
        // days, from which offerline-admin replay-failed-stats applies them once. Lambda's retries
        // remain for a batch whose records could not even be sent there; they are safe (the
        // per-shard checkpoint skips what was applied), and what still fails is described (shard
        // and sequence range only) in the same queue.
        Queue failedStatsBatches = Queue.Builder.create(this, "FailedStatsBatches")
                .retentionPeriod(Duration.days(14))
                .build();
        statsAggregator.addEnvironment(STATS_FAILURES_ENV, failedStatsBatches.getQueueUrl());
        failedStatsBatches.grantSendMessages(statsAggregator);
        statsAggregator.addEventSource(DynamoEventSource.Builder.create(events)
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(STATS_BATCH_SIZE)
                .bisectBatchOnError(true)
                .retryAttempts(STATS_RETRY_ATTEMPTS)
                .onFailure(new SqsDlq(failedStatsBatches))
                // Only what changes the stats invokes the aggregator: postback-log and audit entries and removals do not.
                .filters(StatsStreamFilter.PATTERNS.stream().map(pattern -> Map.<String, Object>of("pattern", pattern)).toList())
                // Only a windowed event names its shard, which keys the checkpoint; one second adds little delay.
                .tumblingWindow(Duration.seconds(STATS_WINDOW_SECONDS))
                .build());
        // Scheduled only, no route: writes one config item per ECB publication day.
        Function exchangeRates = createFunction("ExchangeRateRefreshFunction", EXCHANGE_RATE_REFRESH_HANDLER, trackingCode, REFRESH_TIMEOUT);
        config.grantReadWriteData(exchangeRates);
        // The ECB publishes around 16:00 CET (15:00 UTC, 14:00 in summer) on TARGET business days.
        schedule("ExchangeRatesAfterEcbPublication", CronOptions.builder().minute("30").hour("16").weekDay("MON-FRI").build(),
                exchangeRates, "Refresh the ECB reference rates after their publication on weekdays");
        // Once more every evening: a late publication, a failed run or a correction is caught the same day.
        schedule("ExchangeRatesEveryEvening", CronOptions.builder().minute("0").hour("22").build(),
                exchangeRates, "Refresh the ECB reference rates once more every evening");

        HttpApi api = HttpApi.Builder.create(this, "HttpApi").apiName(id).build();
        Map<String, Function> routed = Map.of(VISIT_HANDLER, visit, CLICK_HANDLER, click, DIRECT_VISIT_HANDLER, directVisit,
                SCRIPT_HANDLER, scripts, POSTBACK_HANDLER, postback, PIXEL_HANDLER, pixel, GRAPHQL_HANDLER, graphql);
        HttpRoutes.ALL.forEach(route -> addRoute(api, route, routed.get(route.handler())));

        CfnOutput.Builder.create(this, "ApiUrl")
                .description("Base URL of the tracking endpoints and of /graphql")
                .value(api.getUrl())
                .build();
    }

    /** The deployed table of one definition. */
    public Table table(TableDefinition definition) {
        return tables.get(definition);
    }

    // No physical table name: CloudFormation then may replace a table, and a retained table
    // of a destroyed stack does not block the next deployment.
    private Table createTable(TableDefinition definition) {
        Table table = new Table(this, constructId(definition.name()) + "Table", TableProps.builder()
                .partitionKey(stringAttribute(definition.partitionKey()))
                .sortKey(stringAttribute(definition.sortKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .timeToLiveAttribute(definition.ttl().orElse(null))
                .stream(definition.stream() ? StreamViewType.NEW_AND_OLD_IMAGES : null)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build());
        definition.globalIndexes().forEach(index -> table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                .indexName(index.name())
                .partitionKey(stringAttribute(index.partitionKey()))
                .sortKey(stringAttribute(index.sortKey()))
                .projectionType(ProjectionType.ALL)
                .build()));
        return table;
    }

    private Function createFunction(String id, String handler, Code code, Duration timeout) {
        return Function.Builder.create(this, id)
                .runtime(Runtime.JAVA_17)
                .architecture(Architecture.ARM_64)
                .memorySize(MEMORY_MB)
                .timeout(timeout)
                .handler(handler)
                .code(code)
                .environment(Map.of(
                        CONFIG_TABLE_ENV, tables.get(OfferlineTables.CONFIG).getTableName(),
                        EVENTS_TABLE_ENV, tables.get(OfferlineTables.EVENTS).getTableName(),
                        STATS_TABLE_ENV, tables.get(OfferlineTables.STATS).getTableName(),
                        "JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS))
                .build();
    }

    private void schedule(String id, CronOptions cron, Function function, String description) {
        Rule.Builder.create(this, id)
                .description(description + " (UTC)")
                .schedule(Schedule.cron(cron))
                .targets(List.of(new LambdaFunction(function)))
                .build();
    }

    private static void addRoute(HttpApi api, HttpRoute route, Function function) {
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

    private static Attribute stringAttribute(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private static String constructId(String logicalName) {
        return Character.toUpperCase(logicalName.charAt(0)) + logicalName.substring(1);
    }
}
