package io.offerline.core.outbound;

import java.time.Duration;

/** Where deliveries wait for the sender: SQS on AWS, an in-process scheduler in the local stack. */
public interface OutboundQueue {

    /** Hands {@code delivery} to the sender after {@code delay}; at least once. */
    void send(OutboundDelivery delivery, Duration delay);
}
