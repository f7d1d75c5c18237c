package io.offerline.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.offerline.core.http.HttpRoutes;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.StatsStreamFilter;
import io.offerline.dynamodb.StorageAccess;
import io.offerline.dynamodb.TableDefinition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
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
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Offerline on one AWS account: the DynamoDB tables of {@link OfferlineTables#ALL}, the
 * tracking and GraphQL Lambda functions ({@link LambdaFunctions}), the HTTP API that routes to
 * them ({@link ApiEdge}), the stats aggregator on the events stream, the postbacks to traffic
 * sources ({@link OutboundPostbacks}), the scheduled refresh of the ECB exchange rates, and the
 * alarms and dashboard ({@link Monitoring}), and the web console ({@link Console}).
 */
public class OfferlineStack extends Stack {

    static final String VISIT_HANDLER = HttpRoutes.VISIT_HANDLER;
    static final String CLICK_HANDLER = HttpRoutes.CLICK_HANDLER;
    static final String POSTBACK_HANDLER = HttpRoutes.POSTBACK_HANDLER;
    static final String PIXEL_HANDLER = HttpRoutes.PIXEL_HANDLER;
    static final String DIRECT_VISIT_HANDLER = HttpRoutes.DIRECT_VISIT_HANDLER;
    static final String SCRIPT_HANDLER = HttpRoutes.SCRIPT_HANDLER;
    static final String GRAPHQL_HANDLER = HttpRoutes.GRAPHQL_HANDLER;
    static final String STATS_AGGREGATOR_HANDLER = StorageAccess.STATS_AGGREGATOR_HANDLER;
    static final String EXCHANGE_RATE_REFRESH_HANDLER = StorageAccess.EXCHANGE_RATE_REFRESH_HANDLER;
    static final String STATS_FAILURES_ENV = "OFFERLINE_STATS_FAILURES";
    /** Lambda's batch of stream records: the aggregator writes at most one transaction of 100 items per 99 cells. */
    static final int STATS_BATCH_SIZE = 100;
    static final int STATS_RETRY_ATTEMPTS = 10;
    static final int STATS_WINDOW_SECONDS = 1;

    private static final Duration TRACKING_TIMEOUT = Duration.seconds(10);
    // API Gateway gives up on an integration after 30 s.
    private static final Duration API_TIMEOUT = Duration.seconds(29);
    private static final Duration AGGREGATOR_TIMEOUT = Duration.seconds(60);
    // A download of about 60 KB and one put per day of the ECB's 90-day file.
    private static final Duration REFRESH_TIMEOUT = Duration.seconds(60);
    // p99 budgets of the alarms: a redirect or postback is a few storage calls; the API may read a report.
    private static final Duration TRACKING_P99 = Duration.millis(500);
    private static final Duration API_P99 = Duration.seconds(3);
    private static final Duration BACKGROUND_P99 = Duration.seconds(30);

    private final Map<TableDefinition, Table> tables = new LinkedHashMap<>();

    public OfferlineStack(Construct scope, String id, OfferlineStackProps props) {
        super(scope, id, props.stackProps());
        StackSettings settings = props.settings();
        OfferlineTables.ALL.forEach(definition -> tables.put(definition, createTable(definition)));
        LambdaFunctions functions = new LambdaFunctions(this, tables, settings);
        Monitoring monitoring = new Monitoring(this, settings);
        Code trackingCode = props.trackingCode();

        Map<String, IFunction> routed = new LinkedHashMap<>();
        for (TrackingFunction tracking : TrackingFunction.values()) {
            LambdaFunctions.Deployed deployed = functions.create(tracking.id, tracking.handler, trackingCode, TRACKING_TIMEOUT,
                    tracking.storageTimeouts);
            routed.put(tracking.handler, deployed.live());
            monitoring.function(tracking.id, deployed, TRACKING_P99);
        }
        LambdaFunctions.Deployed graphql = functions.create("GraphQLFunction", GRAPHQL_HANDLER, props.apiCode(), API_TIMEOUT,
                StorageTimeouts.STANDARD);
        routed.put(GRAPHQL_HANDLER, graphql.live());
        monitoring.function("GraphQLFunction", graphql, API_P99);

        LambdaFunctions.Deployed statsAggregator = functions.create("StatsAggregatorFunction", STATS_AGGREGATOR_HANDLER, trackingCode,
                AGGREGATOR_TIMEOUT, StorageTimeouts.STANDARD);
        // A batch the aggregator cannot apply goes, with its unapplied records, to a queue kept 14
        // days, from which offerline-admin replay-failed-stats applies them once. Lambda's retries
        // remain for a batch whose records could not even be sent there; they are safe (the
        // per-shard checkpoint skips what was applied), and what still fails is described (shard
        // and sequence range only) in the same queue.
        Queue failedStatsBatches = Queue.Builder.create(this, "FailedStatsBatches")
                .retentionPeriod(Duration.days(14))
                .build();
        statsAggregator.function().addEnvironment(STATS_FAILURES_ENV, failedStatsBatches.getQueueUrl());
        failedStatsBatches.grantSendMessages(statsAggregator.function());
        statsAggregator.live().addEventSource(DynamoEventSource.Builder.create(tables.get(OfferlineTables.EVENTS))
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
        monitoring.function("StatsAggregatorFunction", statsAggregator, BACKGROUND_P99);
        monitoring.statsStream(statsAggregator, failedStatsBatches);

        // Scheduled only, no route: writes one config item per ECB publication day.
        LambdaFunctions.Deployed exchangeRates = functions.create("ExchangeRateRefreshFunction", EXCHANGE_RATE_REFRESH_HANDLER,
                trackingCode, REFRESH_TIMEOUT, StorageTimeouts.STANDARD);
        // The ECB publishes around 16:00 CET (15:00 UTC, 14:00 in summer) on TARGET business days.
        schedule("ExchangeRatesAfterEcbPublication", CronOptions.builder().minute("30").hour("16").weekDay("MON-FRI").build(),
                exchangeRates.live(), "Refresh the ECB reference rates after their publication on weekdays");
        // Once more every evening: a late publication, a failed run or a correction is caught the same day.
        schedule("ExchangeRatesEveryEvening", CronOptions.builder().minute("0").hour("22").build(),
                exchangeRates.live(), "Refresh the ECB reference rates once more every evening");
        monitoring.function("ExchangeRateRefreshFunction", exchangeRates, BACKGROUND_P99);

        OutboundPostbacks.add(this, functions, monitoring, tables.get(OfferlineTables.EVENTS), trackingCode);

        ApiEdge edge = new ApiEdge(this, id, routed, settings);
        monitoring.api(edge.stage());
        if (props.consoleBuild() != null) {
            new Console(this, props.consoleBuild(), edge.baseUrl());
        }
        tables.forEach((definition, table) -> monitoring.table(constructId(definition.name()), table));
        monitoring.dashboard(id);
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

    private void schedule(String id, CronOptions cron, IFunction function, String description) {
        Rule.Builder.create(this, id)
                .description(description + " (UTC)")
                .schedule(Schedule.cron(cron))
                .targets(List.of(new LambdaFunction(function)))
                .build();
    }

    private static Attribute stringAttribute(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private static String constructId(String logicalName) {
        return Character.toUpperCase(logicalName.charAt(0)) + logicalName.substring(1);
    }

    /** The functions behind the tracking URLs: one jar, the redirect path's storage timeouts. */
    private enum TrackingFunction {
        VISIT("VisitFunction", VISIT_HANDLER, StorageTimeouts.REDIRECT_PATH),
        CLICK("ClickFunction", CLICK_HANDLER, StorageTimeouts.REDIRECT_PATH),
        DIRECT_VISIT("DirectVisitFunction", DIRECT_VISIT_HANDLER, StorageTimeouts.REDIRECT_PATH),
        SCRIPT("ScriptFunction", SCRIPT_HANDLER, StorageTimeouts.STANDARD),
        POSTBACK("PostbackFunction", POSTBACK_HANDLER, StorageTimeouts.STANDARD),
        PIXEL("PixelFunction", PIXEL_HANDLER, StorageTimeouts.STANDARD);

        final String id;
        final String handler;
        final Map<String, String> storageTimeouts;

        TrackingFunction(String id, String handler, Map<String, String> storageTimeouts) {
            this.id = id;
            this.handler = handler;
            this.storageTimeouts = storageTimeouts;
        }
    }
}
