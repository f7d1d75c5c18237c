package io.offerline.infra;

import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TableDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * Makes the stack's functions alike: Java 21 on arm64, SnapStart on published versions behind
 * the {@value #ALIAS} alias (which every route, event source and schedule targets), JSON logs in a
 * log group of the function's own with a retention, and a role of its own that may write only
 * that log group and do only what {@link io.offerline.dynamodb.StorageAccess} lists on the tables.
 */
final class LambdaFunctions {

    static final String ALIAS = "live";
    static final int MEMORY_MB = 1024;
    /** C1 only: a short-lived Lambda JVM starts faster and rarely lives long enough for C2. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    static final String CONFIG_TABLE_ENV = "OFFERLINE_TABLES_CONFIG";
    static final String EVENTS_TABLE_ENV = "OFFERLINE_TABLES_EVENTS";
    static final String STATS_TABLE_ENV = "OFFERLINE_TABLES_STATS";
    static final String PUBLIC_BASE_URL_ENV = "OFFERLINE_PUBLIC_BASE_URL";
    static final String STATS_WRITE_SHARDS_ENV = "OFFERLINE_STATS_WRITE_SHARDS";

    /** A function and the alias that everything invokes it through. */
    record Deployed(Function function, Alias live, LogGroup logs) {
    }

    private final Construct scope;
    private final Map<TableDefinition, Table> tables;
    private final StackSettings settings;

    LambdaFunctions(Construct scope, Map<TableDefinition, Table> tables, StackSettings settings) {
        this.scope = scope;
        this.tables = tables;
        this.settings = settings;
    }

    /**
     * @param storageTimeouts the SDK timeouts of the function's DynamoDB client, as environment variables
     */
    Deployed create(String id, String handler, Code code, Duration timeout, Map<String, String> storageTimeouts) {
        LogGroup logs = LogGroup.Builder.create(scope, id + "Logs")
                .retention(settings.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Role role = Role.Builder.create(scope, id + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs " + handler + " only")
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn()))
                .build());
        StoragePolicies.of(handler, tables::get).forEach(role::addToPolicy);

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(CONFIG_TABLE_ENV, tables.get(OfferlineTables.CONFIG).getTableName());
        environment.put(EVENTS_TABLE_ENV, tables.get(OfferlineTables.EVENTS).getTableName());
        environment.put(STATS_TABLE_ENV, tables.get(OfferlineTables.STATS).getTableName());
        environment.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        environment.putAll(storageTimeouts);
        // Links the API and the scripts build (tracking URLs, snippets) then name the custom domain.
        settings.domain().ifPresent(domain -> environment.put(PUBLIC_BASE_URL_ENV, "https://" + domain.name()));
        // The aggregator writes busy workspaces' cells to their write shards, and every read of the stats queries them all.
        settings.statsWriteShards().ifPresent(shards -> environment.put(STATS_WRITE_SHARDS_ENV, shards));

        Function function = Function.Builder.create(scope, id)
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .memorySize(MEMORY_MB)
                .timeout(timeout)
                .handler(handler)
                .code(code)
                .role(role)
                .logGroup(logs)
                .loggingFormat(LoggingFormat.JSON)
                // Lambda's own START, END and REPORT lines are about 0.7 KB per invocation, $0.35
                // per million at $0.50 per GB ingested; the metrics it publishes carry the same figures.
                .systemLogLevelV2(SystemLogLevel.WARN)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .tracing(settings.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .environment(environment)
                .build();
        Alias live = Alias.Builder.create(scope, id + "Live")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        return new Deployed(function, live, logs);
    }
}
