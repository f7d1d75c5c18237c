package io.offerline.dynamodb;

import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The stats aggregator's failure queue (SQS): the aggregator sends it the records it could not
 * apply ({@link FailedStatsBatch}), {@code offerline-admin replay-failed-stats} reads them back.
 * Lambda's own on-failure destination sends the same queue its shard and sequence ranges when
 * an invocation fails every retry (the aggregator could not even send its records).
 */
public final class StatsFailureQueue {

    /** How long a received message stays hidden from other readers: longer than a replay of ten messages. */
    static final int VISIBILITY_SECONDS = 300;

    private final SqsClient sqs;
    private final String queueUrl;

    public StatsFailureQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** Sends the batch, in as many messages as its size needs; a failure to send is thrown. */
    public void send(FailedStatsBatch batch) {
        for (FailedStatsBatch part : batch.split(FailedStatsBatch.MAX_MESSAGE_BYTES)) {
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(part.toJson()));
        }
    }

    /** Up to ten messages, hidden from other readers for {@link #VISIBILITY_SECONDS}; none when the queue is empty. */
    List<Message> receive() {
        return sqs.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                .visibilityTimeout(VISIBILITY_SECONDS)).messages();
    }

    void delete(Message message) {
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }
}
