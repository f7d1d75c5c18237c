package io.offerline.dynamodb;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * How long one DynamoDB call may take: each attempt, all attempts with the backoff between them
 * together, and how many attempts the SDK makes. A function's configuration overrides it with
 * {@code offerline.dynamodb.attempt-timeout}, {@code offerline.dynamodb.call-timeout} and
 * {@code offerline.dynamodb.max-attempts} (environment: {@code OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT}, …).
 */
public record StorageBudget(Duration attemptTimeout, Duration callTimeout, int maxAttempts) {

    /**
     * On AWS, unless configured: bounded, but roomy for the API, postbacks, the stats aggregator and
     * the admin tool. The functions that answer a visitor set a tight one (functions'
     * {@code application-tracking.properties}).
     */
    public static final StorageBudget STANDARD = new StorageBudget(Duration.ofSeconds(2), Duration.ofSeconds(6), 3);

    /** A local engine (moto) on a busy machine: generous, so that a slow answer is not taken for a fault. */
    public static final StorageBudget LOCAL = new StorageBudget(Duration.ofSeconds(10), Duration.ofSeconds(30), 3);

    public StorageBudget {
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (attemptTimeout.isNegative() || attemptTimeout.isZero() || callTimeout.compareTo(attemptTimeout) < 0) {
            throw new IllegalArgumentException("the attempt timeout must be positive and at most the call timeout");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** This budget with the given values in place of its own; a null keeps the budget's. */
    public StorageBudget with(Duration attempt, Duration call, Integer attempts) {
        return new StorageBudget(attempt == null ? attemptTimeout : attempt, call == null ? callTimeout : call,
                attempts == null ? maxAttempts : attempts);
    }

    ClientOverrideConfiguration.Builder applyTo(ClientOverrideConfiguration.Builder builder) {
        return builder
                .apiCallAttemptTimeout(attemptTimeout)
                .apiCallTimeout(callTimeout)
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build());
    }
}
