package io.offerline.functions.outbound;

import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundQueue;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The deployed queue of postbacks: one SQS message per attempt, delayed by the backoff (SQS delays at most 15 minutes). */
public final class SqsOutboundQueue implements OutboundQueue {

    static final long MAX_DELAY_SECONDS = 900;

    private final SqsClient sqs;
    private final String queueUrl;
    private final OutboundMessages messages;

    public SqsOutboundQueue(SqsClient sqs, String queueUrl, OutboundMessages messages) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.messages = messages;
    }

    @Override
    public void send(OutboundDelivery delivery, Duration delay) {
        String body = messages.body(delivery);
        int seconds = (int) Math.min(MAX_DELAY_SECONDS, Math.max(0, delay.toSeconds()));
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body).delaySeconds(seconds));
    }
}
