package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.dynamodb.StorageAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;

/** What an operator runs the stack with: alarms, the dashboard, throttling, tracing, retention and a custom domain. */
class StackOperationsTest {

    /** One function per handler with a storage declaration: every function the stack deploys. */
    private static final int FUNCTIONS = StorageAccess.handlers().size();

    private static final String ALARM = "AWS::CloudWatch::Alarm";
    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/abc";

    private static Template defaults;
    private static Template configured;

    @BeforeAll
    static void synthesize() {
        defaults = synthesize(StackSettings.DEFAULTS);
        configured = synthesize(StackSettings.fromContext(contextApp(Map.of(
                "logRetentionDays", "90", "tracing", "true", "throttleRate", "20000", "throttleBurst", "10000",
                "alarmEmail", "ops@example.com", "domainName", "t.example.com", "certificateArn", CERTIFICATE,
                "statsWriteShards", "ws-busy=64")).getNode()));
    }

    @Test
    void everyFunction_alarmsOnErrorsThrottlesAndP99Duration() {
        for (String metric : List.of("Errors", "Throttles", "Duration")) {
            assertThat(defaults.findResources(ALARM, Map.of("Properties", Match.objectLike(Map.of(
                    "MetricName", metric, "Namespace", "AWS/Lambda")))))
                    .as(metric).hasSize(FUNCTIONS);
        }
        defaults.hasResourceProperties(ALARM, Map.of("MetricName", "Duration", "ExtendedStatistic", "p99",
                "Dimensions", Match.arrayWith(List.of(Map.of("Name", "Resource", "Value", Match.anyValue())))));
    }

    @Test
    void theStatsStream_alarmsOnIteratorAge_andOnAFailedBatch() {
        defaults.hasResourceProperties(ALARM, Map.of("MetricName", "IteratorAge", "Statistic", "Maximum", "Threshold", 300_000));
        defaults.hasResourceProperties(ALARM, Map.of("MetricName", "ApproximateNumberOfMessagesVisible", "Namespace", "AWS/SQS",
                "Threshold", 1));
    }

    @Test
    void theApi_alarmsOn5xxAndP99Latency() {
        defaults.hasResourceProperties(ALARM, Map.of("MetricName", "5xx", "Namespace", "AWS/ApiGateway"));
        defaults.hasResourceProperties(ALARM, Map.of("MetricName", "Latency", "Namespace", "AWS/ApiGateway", "ExtendedStatistic", "p99"));
    }

    @Test
    void everyTable_alarmsOnThrottleEvents() {
        assertThat(defaults.findResources(ALARM, Map.of("Properties", Match.objectLike(Map.of(
                "Metrics", Match.arrayWith(List.of(Match.objectLike(Map.of("Expression", "reads + writes")))))))))
                .hasSize(3);
    }

    @Test
    void everyAlarm_notifiesTheAlarmTopic_andTheTopicMailsTheGivenAddress() {
        String topic = defaults.findResources("AWS::SNS::Topic").keySet().iterator().next();
        defaults.allResourcesProperties(ALARM, Match.objectLike(Map.of("AlarmActions", List.of(Map.of("Ref", topic)))));
        defaults.resourceCountIs("AWS::SNS::Subscription", 0);
        configured.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint", "ops@example.com"));
    }

    @Test
    void aDashboard_showsTheStack() {
        defaults.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        defaults.hasResourceProperties("AWS::CloudWatch::Dashboard", Map.of("DashboardName", "Offerline"));
    }

    @Test
    void theStage_isThrottled_byDefaultAndAsConfigured() {
        defaults.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("StageName", "$default", "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 5000, "ThrottlingBurstLimit", 2500)));
        configured.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 20000, "ThrottlingBurstLimit", 10000)));
    }

    @Test
    void tracing_isAnOption() {
        defaults.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("TracingConfig", Match.anyValue()), 0);
        configured.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("TracingConfig", Map.of("Mode", "Active")), FUNCTIONS);
    }

    @Test
    void logRetention_isConfigurable() {
        configured.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 90), FUNCTIONS);
        assertThatThrownBy(() -> StackSettings.fromContext(contextApp(Map.of("logRetentionDays", "45")).getNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("30");
    }

    @Test
    void aCustomDomain_isMappedToTheStage_withItsCertificate() {
        defaults.resourceCountIs("AWS::ApiGatewayV2::DomainName", 0);
        configured.hasResourceProperties("AWS::ApiGatewayV2::DomainName", Map.of("DomainName", "t.example.com",
                "DomainNameConfigurations", List.of(Match.objectLike(Map.of("CertificateArn", CERTIFICATE)))));
        configured.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1);
        configured.hasOutput("DomainTarget", Match.anyValue());
        configured.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "OFFERLINE_PUBLIC_BASE_URL", "https://t.example.com")))), FUNCTIONS);
    }

    @Test
    void statsWriteShards_reachEveryFunction_andASettingTheFunctionsCouldNotReadIsRefused() {
        configured.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "OFFERLINE_STATS_WRITE_SHARDS", "ws-busy=64")))), FUNCTIONS);
        assertThatThrownBy(() -> StackSettings.fromContext(contextApp(Map.of("statsWriteShards", "ws-busy")).getNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ws-busy");
    }

    @Test
    void aDomainName_withoutACertificate_isRefused() {
        assertThatThrownBy(() -> StackSettings.fromContext(contextApp(Map.of("domainName", "t.example.com")).getNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificateArn");
    }

    private static App contextApp(Map<String, String> context) {
        return App.Builder.create().context(Map.copyOf(context)).build();
    }

    private static Template synthesize(StackSettings settings) {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code trackingCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", "tracking"), "tracking.jar");
        Code apiCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", "api"), "api.jar");
        return Template.fromStack(new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build(), settings)));
    }
}
