package io.offerline.infra;

import io.offerline.dynamodb.StorageAccess;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Postbacks to traffic sources, off the request path: the feed function reads the conversions on
 * the events stream and queues their deliveries in SQS; the sender function takes them from the
 * queue and calls the sources, queueing a failed attempt again with its backoff delay.
 */
final class OutboundPostbacks {

    static final String FEED_HANDLER = StorageAccess.OUTBOUND_FEED_HANDLER;
    static final String SENDER_HANDLER = StorageAccess.OUTBOUND_SENDER_HANDLER;
    static final String QUEUE_URL_ENV = "OFFERLINE_OUTBOUND_QUEUE_URL";
    static final int FEED_BATCH_SIZE = 100;
    static final int FEED_RETRY_ATTEMPTS = 10;
    static final int SENDER_BATCH_SIZE = 10;
    /** A message that fails this often for a reason of our own (storage) goes to the dead-letter queue. */
    static final int SENDER_MAX_RECEIVES = 5;

    // Each call waits at most 8 s (3 s to connect, 5 s for the answer); a batch is 10 calls.
    private static final Duration SENDER_TIMEOUT = Duration.seconds(90);
    private static final Duration FEED_TIMEOUT = Duration.seconds(60);
    private static final Duration P99 = Duration.seconds(30);

    private OutboundPostbacks() {
    }

    static void add(Construct scope, LambdaFunctions functions, Monitoring monitoring, Table events, Code code) {
        Queue failed = Queue.Builder.create(scope, "FailedOutboundPostbacks").retentionPeriod(Duration.days(14)).build();
        // Visibility above the sender's timeout, so no message is sent twice while its first attempt runs.
        Queue queue = Queue.Builder.create(scope, "OutboundPostbackQueue")
                .visibilityTimeout(Duration.seconds(6 * 90))
                .retentionPeriod(Duration.days(4))
                .deadLetterQueue(DeadLetterQueue.builder().queue(failed).maxReceiveCount(SENDER_MAX_RECEIVES).build())
                .build();

        LambdaFunctions.Deployed feed = functions.create("OutboundPostbackFeedFunction", FEED_HANDLER, code, FEED_TIMEOUT,
                StorageTimeouts.STANDARD);
        feed.function().addEnvironment(QUEUE_URL_ENV, queue.getQueueUrl());
        queue.grantSendMessages(feed.function());
        // Only conversions reach the feed: the filter is evaluated by Lambda, so visits and clicks cost nothing here.
        // Starting at the stream's end: a first deployment does not send the day's earlier conversions.
        feed.live().addEventSource(DynamoEventSource.Builder.create(events)
                .startingPosition(StartingPosition.LATEST)
                .batchSize(FEED_BATCH_SIZE)
                .bisectBatchOnError(true)
                .retryAttempts(FEED_RETRY_ATTEMPTS)
                .onFailure(new SqsDlq(failed))
                .filters(List.of(FilterCriteria.filter(Map.of("dynamodb", Map.of("NewImage",
                        Map.of("type", Map.of("S", FilterRule.isEqual("CONVERSION"))))))))
                .build());
        monitoring.function("OutboundPostbackFeedFunction", feed, P99);

        LambdaFunctions.Deployed sender = functions.create("OutboundPostbackSenderFunction", SENDER_HANDLER, code, SENDER_TIMEOUT,
                StorageTimeouts.STANDARD);
        sender.function().addEnvironment(QUEUE_URL_ENV, queue.getQueueUrl());
        queue.grantSendMessages(sender.function());
        sender.live().addEventSource(SqsEventSource.Builder.create(queue)
                .batchSize(SENDER_BATCH_SIZE)
                .reportBatchItemFailures(true)
                .build());
        monitoring.function("OutboundPostbackSenderFunction", sender, P99);
    }
}
