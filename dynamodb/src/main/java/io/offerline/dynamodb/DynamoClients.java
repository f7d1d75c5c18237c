package io.offerline.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the one {@link DynamoDbClient} a process uses, on the light url-connection HTTP client. */
public final class DynamoClients {

    private DynamoClients() {
    }

    /**
     * The client for AWS: region and credentials come from the Lambda environment. Interceptors
     * (such as a {@code CapacityMeter} of the testkit) are for measurements; production passes none.
     */
    public static DynamoDbClient forAws(ExecutionInterceptor... interceptors) {
        return forAws(StorageBudget.STANDARD, interceptors);
    }

    /** The client for AWS, each call held to {@code budget}. */
    public static DynamoDbClient forAws(StorageBudget budget, ExecutionInterceptor... interceptors) {
        return withLightHttp(lean(DynamoDbClient.builder()))
                .overrideConfiguration(budget.applyTo(ClientOverrideConfiguration.builder())
                        .executionInterceptors(List.of(interceptors))
                        .build())
                .build();
    }

    /**
     * A client for an engine at {@code endpoint} (moto, or another local engine). Local engines
     * accept any credentials; retries stay low so an engine error is not hidden.
     */
    public static DynamoDbClient forEndpoint(String endpoint, ExecutionInterceptor... interceptors) {
        return forEndpoint(endpoint, StorageBudget.LOCAL, interceptors);
    }

    /** A client for a local engine whose calls are held to {@code budget} (a test of timeouts sets a tight one). */
    public static DynamoDbClient forEndpoint(String endpoint, StorageBudget budget, ExecutionInterceptor... interceptors) {
        return withLightHttp(local(lean(DynamoDbClient.builder()), endpoint, budget, interceptors)).build();
    }

    /**
     * A client for a local engine configured as {@link #forEndpoint}, on the given HTTP client: a benchmark's
     * in-process stub, so that it measures the SDK pipeline the functions run.
     */
    public static DynamoDbClient forEndpoint(String endpoint, SdkHttpClient http, ExecutionInterceptor... interceptors) {
        return local(lean(DynamoDbClient.builder()), endpoint, StorageBudget.LOCAL, interceptors).httpClient(http).build();
    }

    /** The SQS client for AWS, for the stats aggregator's failure queue; configured like {@link #forAws}. */
    public static SqsClient sqsForAws() {
        return withLightHttp(SqsClient.builder()).build();
    }

    /** An SQS client for a local engine (moto serves SQS on the same endpoint), configured like {@link #forEndpoint}. */
    public static SqsClient sqsForEndpoint(String endpoint) {
        return withLightHttp(local(SqsClient.builder(), endpoint, StorageBudget.LOCAL)).build();
    }

    /** A DynamoDB Streams client for a local engine, configured like {@link #forEndpoint}. */
    public static DynamoDbStreamsClient streamsForEndpoint(String endpoint) {
        return withLightHttp(local(DynamoDbStreamsClient.builder(), endpoint, StorageBudget.LOCAL)).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B local(B builder, String endpoint,
            StorageBudget budget, ExecutionInterceptor... interceptors) {
        return builder
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(budget.applyTo(ClientOverrideConfiguration.builder())
                        .executionInterceptors(List.of(interceptors))
                        .build());
    }

    /**
     * No endpoints by account id: the regional endpoint serves the same tables, and each call would otherwise carry the
     * caller's account from its credentials into endpoint resolution.
     */
    private static DynamoDbClientBuilder lean(DynamoDbClientBuilder builder) {
        return builder.accountIdEndpointMode(AccountIdEndpointMode.DISABLED);
    }

    private static <B extends AwsSyncClientBuilder<B, ?>> B withLightHttp(B builder) {
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10)));
    }
}
