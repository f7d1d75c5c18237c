package io.offerline.local;

import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundQueue;
import io.offerline.core.outbound.OutboundSender;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The local stack's queue of postbacks to traffic sources: what SQS and the sender function do on
 * AWS, on one thread of this JVM. A delivery waits its delay, then the sender makes its attempt.
 * Deliveries still waiting when the stack stops are lost: the local stack keeps no queue on disk.
 */
final class InProcessOutboundQueue implements OutboundQueue, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "offerline-outbound-sender");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Supplier<OutboundSender> sender;

    /** The sender is a bean of the context this queue is a bean of, so it is given once the context runs. */
    void sendWith(Supplier<OutboundSender> sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutboundDelivery delivery, Duration delay) {
        executor.schedule(() -> deliver(delivery), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    // An exception escaping here would only be kept in the task's future, so it is printed instead.
    private void deliver(OutboundDelivery delivery) {
        try {
            sender.get().deliver(delivery);
        } catch (RuntimeException e) {
            System.err.println("Outbound postback " + delivery.key() + " failed: " + e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
