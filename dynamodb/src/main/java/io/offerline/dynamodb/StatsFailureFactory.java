package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The stats aggregator's failure queue: its URL from {@code OFFERLINE_STATS_FAILURES}, on AWS's
 * SQS, or on the local engine of {@code DYNAMODB_ENDPOINT} (moto serves SQS there too). Only the
 * aggregator's function needs these beans, and only its function is given the queue: Lambda's
 * Micronaut context creates every singleton at start, so the other functions must not have them.
 */
@Factory
@Requires(property = StatsFailureFactory.QUEUE_URL)
public class StatsFailureFactory {

    static final String QUEUE_URL = "offerline.stats.failures";

    @Singleton
    SqsClient sqsClient(@Value("${dynamodb.endpoint:}") String endpoint) {
        return endpoint.isBlank() ? DynamoClients.sqsForAws() : DynamoClients.sqsForEndpoint(endpoint);
    }

    @Singleton
    StatsFailureQueue statsFailureQueue(SqsClient sqs, @Value("${" + QUEUE_URL + "}") String queueUrl) {
        return new StatsFailureQueue(sqs, queueUrl);
    }

    @Singleton
    StatsBatches statsBatches(DynamoStatsAggregator aggregator, StatsFailureQueue failures) {
        return new StatsBatches(aggregator, failures);
    }
}
