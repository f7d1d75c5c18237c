package io.offerline.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The alarms and the dashboard of a stack. Every alarm goes to one SNS topic (mailed to
 * {@code alarmEmail} when given); missing data is not breaching, so a quiet stack stays green.
 */
final class Monitoring {

    private static final Duration PERIOD = Duration.minutes(5);

    private final Construct scope;
    private final Topic alarms;
    private final List<IWidget> widgets = new ArrayList<>();

    Monitoring(Construct scope, StackSettings settings) {
        this.scope = scope;
        this.alarms = Topic.Builder.create(scope, "Alarms").displayName("Offerline alarms").build();
        settings.alarmEmail().ifPresent(email -> alarms.addSubscription(new EmailSubscription(email)));
    }

    Topic topic() {
        return alarms;
    }

    /** Errors, throttles and a p99 duration over {@code p99Budget}, on the function's live alias. */
    void function(String name, LambdaFunctions.Deployed deployed, Duration p99Budget) {
        var live = deployed.live();
        Metric errors = live.metricErrors(options("Sum"));
        Metric throttles = live.metricThrottles(options("Sum"));
        Metric p99 = live.metricDuration(options("p99"));
        alarm(name + "Errors", errors, 1, name + " failed an invocation");
        alarm(name + "Throttles", throttles, 1, name + " was throttled: its concurrency is exhausted");
        alarm(name + "DurationP99", p99, p99Budget.toMilliseconds().doubleValue(), name + " took over " + p99Budget.toMilliseconds() + " ms at p99");
        widgets.add(graph(name, List.of(live.metricInvocations(options("Sum")), errors, throttles), List.of(p99)));
    }

    /** The stats aggregator falls behind the stream, or gives batches up to the failure queue. */
    void statsStream(LambdaFunctions.Deployed aggregator, Queue failedBatches) {
        Metric iteratorAge = aggregator.live().metric("IteratorAge", options("Maximum"));
        alarm("StatsIteratorAge", iteratorAge, Duration.minutes(5).toMilliseconds().doubleValue(), "Stats lag the events stream by over 5 minutes");
        Metric failed = failedBatches.metricApproximateNumberOfMessagesVisible(options("Maximum"));
        alarm("FailedStatsBatches", failed, 1, "A stats batch could not be applied: replay it with offerline-admin replay-failed-stats");
        widgets.add(graph("Stats stream", List.of(failed), List.of(iteratorAge)));
    }

    /** 5xx answers and p99 latency of the HTTP API. */
    void api(HttpStage stage) {
        Metric serverErrors = stage.metricServerError(options("Sum"));
        Metric latency = stage.metricLatency(options("p99"));
        alarm("Api5xx", serverErrors, 5, "The API answered 5xx at least 5 times in 5 minutes");
        alarm("ApiLatencyP99", latency, 1_000, "The API took over 1 s at p99");
        widgets.add(graph("HTTP API", List.of(stage.metricCount(options("Sum")), serverErrors), List.of(latency)));
    }

    /** Read and write throttle events of a table. */
    void table(String name, Table table) {
        MathExpression throttled = MathExpression.Builder.create()
                .expression("reads + writes")
                // A sorted map: the template lists the metrics in its order, and the snapshot test compares templates.
                .usingMetrics(new TreeMap<>(Map.of(
                        "reads", table.metric("ReadThrottleEvents", options("Sum")),
                        "writes", table.metric("WriteThrottleEvents", options("Sum")))))
                .period(PERIOD)
                .label(name + " throttle events")
                .build();
        alarm(name + "TableThrottles", throttled, 1, "DynamoDB throttled requests on the " + name + " table");
        widgets.add(graph(name + " table", List.of(throttled),
                List.of(table.metricConsumedWriteCapacityUnits(options("Sum")), table.metricConsumedReadCapacityUnits(options("Sum")))));
    }

    void dashboard(String name) {
        Dashboard.Builder.create(scope, "Dashboard").dashboardName(name).widgets(List.of(widgets)).build();
    }

    private void alarm(String id, IMetric metric, double threshold, String description) {
        Alarm alarm = Alarm.Builder.create(scope, id + "Alarm")
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(alarms));
    }

    private static GraphWidget graph(String title, List<IMetric> left, List<IMetric> right) {
        return GraphWidget.Builder.create().title(title).left(left).right(right).width(12).build();
    }

    private static MetricOptions options(String statistic) {
        return MetricOptions.builder().statistic(statistic).period(PERIOD).build();
    }
}
