package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.testkit.StorageFaults;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** The fault-injection harness against the real engine: each fault does what its tests rely on. */
@ExtendWith(DynamoDbExtension.class)
class StorageFaultsIT {

    private final StorageFaults faults = new StorageFaults();

    @Test
    void throttle_failsTheAttemptsUnsent_andTheSdkRetriesThem(TestDynamo dynamo) {
        DynamoDbClient client = client(dynamo, 3, Duration.ofSeconds(5));
        faults.on("PutItem").throttle(2);

        client.putItem(put(dynamo, "retried"));

        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(stored(dynamo, "retried")).isTrue();
    }

    @Test
    void throttle_everyAttempt_failsTheCallAndWritesNothing(TestDynamo dynamo) {
        DynamoDbClient client = client(dynamo, 2, Duration.ofSeconds(5));
        faults.on("PutItem").throttle(-1);

        assertThatThrownBy(() -> client.putItem(put(dynamo, "throttled")))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(faults.attempts("PutItem")).isEqualTo(2);
        assertThat(stored(dynamo, "throttled")).isFalse();
    }

    @Test
    void hang_isCutByTheAttemptTimeout(TestDynamo dynamo) {
        DynamoDbClient client = client(dynamo, 2, Duration.ofMillis(100));
        faults.on("PutItem").hang(Duration.ofSeconds(10), -1);

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.putItem(put(dynamo, "hung")))
                .isInstanceOfAny(ApiCallAttemptTimeoutException.class, ApiCallTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(stored(dynamo, "hung")).isFalse();
    }

    @Test
    void failAfterCommit_appliesTheWrite_andTheCallerSeesAFailure(TestDynamo dynamo) {
        DynamoDbClient client = client(dynamo, 1, Duration.ofSeconds(5));
        faults.on("PutItem", request -> ((PutItemRequest) request).item().get("pk").s().equals("lost")).failAfterCommit(1);

        assertThatThrownBy(() -> client.putItem(put(dynamo, "lost"))).isInstanceOf(SdkException.class);
        assertThat(stored(dynamo, "lost")).isTrue();

        client.putItem(put(dynamo, "lost"));
        assertThat(faults.attempts("PutItem")).isEqualTo(2);
    }

    private DynamoDbClient client(TestDynamo dynamo, int attempts, Duration attemptTimeout) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(dynamo.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts).build())
                        .apiCallAttemptTimeout(attemptTimeout)
                        .addExecutionInterceptor(faults)
                        .build())
                .build();
    }

    private static PutItemRequest put(TestDynamo dynamo, String pk) {
        return PutItemRequest.builder().tableName(dynamo.tables().config())
                .item(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("fault"))).build();
    }

    private static boolean stored(TestDynamo dynamo, String pk) {
        return dynamo.client().getItem(request -> request.tableName(dynamo.tables().config())
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("fault")))).hasItem();
    }
}
