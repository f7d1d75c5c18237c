package io.offerline.core.outbound;

/**
 * Sends one queued postback: skipped when its success is recorded already (the queue delivers at
 * least once), logged when it succeeds, queued again with backoff when it fails, and logged as
 * failed when the attempts are used up or the destination is refused.
 */
public final class OutboundSender {

    private final OutboundLog log;
    private final OutboundTransport transport;
    private final OutboundQueue queue;
    private final RetrySchedule retries;

    public OutboundSender(OutboundLog log, OutboundTransport transport, OutboundQueue queue, RetrySchedule retries) {
        this.log = log;
        this.transport = transport;
        this.queue = queue;
        this.retries = retries;
    }

    /** Makes the delivery's attempt; answers the status it left the delivery in. */
    public OutboundStatus deliver(OutboundDelivery delivery) {
        if (log.isSent(delivery)) {
            return OutboundStatus.SENT;
        }
        int code;
        try {
            code = transport.send(delivery);
        } catch (DestinationRefusedException refused) {
            log.attempted(delivery, OutboundStatus.FAILED, null, refused.getMessage());
            return OutboundStatus.FAILED;
        } catch (OutboundCallFailedException failed) {
            return failed(delivery, null, failed.getMessage());
        }
        if (code >= 200 && code < 300) {
            log.attempted(delivery, OutboundStatus.SENT, code, null);
            return OutboundStatus.SENT;
        }
        // A redirect is not followed: its target was never checked, so it counts as a failure.
        return failed(delivery, code, "The source answered HTTP " + code + ".");
    }

    private OutboundStatus failed(OutboundDelivery delivery, Integer code, String error) {
        if (!retries.retries(delivery.attempt())) {
            log.attempted(delivery, OutboundStatus.FAILED, code, error + " Gave up after " + delivery.attempt() + " attempts.");
            return OutboundStatus.FAILED;
        }
        if (log.attempted(delivery, OutboundStatus.RETRYING, code, error)) {
            queue.send(delivery.next(), retries.delayAfter(delivery.attempt()));
        }
        return OutboundStatus.RETRYING;
    }
}
