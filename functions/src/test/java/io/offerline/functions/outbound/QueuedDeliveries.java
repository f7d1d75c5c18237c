package io.offerline.functions.outbound;

import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A queue the test empties by hand, keeping each message's delay, so backoff needs no waiting. */
public final class QueuedDeliveries implements OutboundQueue {

    /** A message as the queue got it. */
    public record Message(OutboundDelivery delivery, Duration delay) {
    }

    private final List<Message> pending = new ArrayList<>();
    private final List<Message> sent = new ArrayList<>();

    @Override
    public synchronized void send(OutboundDelivery delivery, Duration delay) {
        pending.add(new Message(delivery, delay));
        sent.add(new Message(delivery, delay));
    }

    /** Takes the waiting messages out of the queue. */
    public synchronized List<Message> take() {
        List<Message> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /** Forgets every message. */
    public synchronized void clear() {
        pending.clear();
        sent.clear();
    }

    /** Every message ever queued, in order. */
    public synchronized List<Message> history() {
        return List.copyOf(sent);
    }
}
