package io.offerline.infra;

import io.offerline.dynamodb.StatsWriteShards;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

/**
 * The deploy-time choices of one stack, from CDK context ({@code cdk deploy -c key=value}), each
 * with a default that suits a first deployment.
 *
 * @param logRetentionDays how long the functions' logs are kept ({@code logRetentionDays}, 30)
 * @param tracing whether the functions send X-Ray traces ({@code tracing=true}; off: traces cost per request)
 * @param throttleRate the API stage's steady requests per second ({@code throttleRate}, 5,000, half of the account's default 10,000)
 * @param throttleBurst the API stage's burst ({@code throttleBurst}, 2,500)
 * @param alarmEmail who the alarms mail ({@code alarmEmail}; none: the alarms go to the topic only)
 * @param domain the custom domain of the API ({@code domainName} with {@code certificateArn}), if any
 * @param statsWriteShards the stats write shards of busy workspaces ({@code statsWriteShards=ws1=64,ws2=16}; none: one
 *     partition per period for every workspace), see {@link StatsWriteShards}
 */
public record StackSettings(int logRetentionDays, boolean tracing, int throttleRate, int throttleBurst,
        Optional<String> alarmEmail, Optional<CustomDomain> domain, Optional<String> statsWriteShards) {

    // Before DEFAULTS, which the constructor checks against it.
    private static final Map<Integer, RetentionDays> RETENTIONS = Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS), Map.entry(5, RetentionDays.FIVE_DAYS),
            Map.entry(7, RetentionDays.ONE_WEEK), Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS), Map.entry(180, RetentionDays.SIX_MONTHS),
            Map.entry(365, RetentionDays.ONE_YEAR), Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1827, RetentionDays.FIVE_YEARS));

    public static final StackSettings DEFAULTS = new StackSettings(30, false, 5_000, 2_500, Optional.empty(), Optional.empty(),
            Optional.empty());

    /** A domain name whose ACM certificate (in the stack's region) is already issued. */
    public record CustomDomain(String name, String certificateArn) {
    }

    public StackSettings {
        if (!RETENTIONS.containsKey(logRetentionDays)) {
            throw new IllegalArgumentException("logRetentionDays must be one of CloudWatch's retention periods "
                    + new TreeSet<>(RETENTIONS.keySet()) + ": " + logRetentionDays);
        }
        statsWriteShards.ifPresent(StatsWriteShards::parse); // a setting the functions could not read fails the synthesis
        if (throttleRate <= 0 || throttleBurst <= 0) {
            throw new IllegalArgumentException("throttleRate and throttleBurst must be positive");
        }
    }

    /** The log groups' retention. */
    RetentionDays logRetention() {
        return RETENTIONS.get(logRetentionDays);
    }

    /** The settings given as context on {@code node}; missing ones take the defaults. */
    public static StackSettings fromContext(Node node) {
        Optional<String> domainName = text(node, "domainName");
        Optional<String> certificateArn = text(node, "certificateArn");
        if (domainName.isPresent() != certificateArn.isPresent()) {
            throw new IllegalArgumentException("A custom domain needs both -c domainName=... and -c certificateArn=...");
        }
        return new StackSettings(
                number(node, "logRetentionDays", DEFAULTS.logRetentionDays),
                text(node, "tracing").map(Boolean::parseBoolean).orElse(DEFAULTS.tracing),
                number(node, "throttleRate", DEFAULTS.throttleRate),
                number(node, "throttleBurst", DEFAULTS.throttleBurst),
                text(node, "alarmEmail"),
                domainName.map(name -> new CustomDomain(name, certificateArn.orElseThrow())),
                text(node, "statsWriteShards"));
    }

    private static Optional<String> text(Node node, String key) {
        return Optional.ofNullable(node.tryGetContext(key)).map(Object::toString).filter(value -> !value.isBlank());
    }

    private static int number(Node node, String key, int defaultValue) {
        return text(node, key).map(Integer::parseInt).orElse(defaultValue);
    }
}
