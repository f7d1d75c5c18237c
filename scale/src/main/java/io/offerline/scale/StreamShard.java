package io.offerline.scale;

import io.offerline.core.stats.StatsEvent;
import io.offerline.dynamodb.StreamChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One shard of the events table's stream and its aggregator, as Lambda runs it: one batch at a
 * time, of at most the batch size, taken once the batching window has passed (or the batch is
 * full) and the previous batch is done. A batch costs a checkpoint read, a read of the visits of
 * its clicks that are not in it, and its transactions one after another; the time it waits is the
 * iterator age of its records.
 */
final class StreamShard {

    /** The latencies of DynamoDB calls the model assumes, in seconds. */
    static final double GET_SECONDS = 0.005;
    static final double BATCH_GET_SECONDS = 0.010;
    static final double INVOKE_SECONDS = 0.005;

    /** One batch as the aggregator would apply it: its records, the events they are, and when it starts. */
    record Batch(int shard, double start, List<StreamChange> pending, Map<StreamChange, StatsEvent> events, int visitReads,
            double oldestRecord) {
    }

    private final int index;
    private final TrafficMix mix;
    private final ArrayDeque<Traffic.Arrival> waiting = new ArrayDeque<>();
    private double free;
    private long sequence = 100_000_000_000L;
    private double maxIteratorAge;
    private long batches;

    StreamShard(int index, TrafficMix mix) {
        this.index = index;
        this.mix = mix;
    }

    void arrive(Traffic.Arrival arrival) {
        waiting.add(arrival);
    }

    /**
     * Starts every batch that starts before {@code until}, handing it to {@code apply}, which
     * answers how long it took; {@code until} infinite drains the shard.
     */
    void run(double until, ToDoubleFunction<Batch> apply) {
        while (!waiting.isEmpty()) {
            double start = Math.max(free, ready());
            if (start >= until) {
                return;
            }
            Batch batch = take(start);
            free = start + apply.applyAsDouble(batch);
            maxIteratorAge = Math.max(maxIteratorAge, start - batch.oldestRecord());
            batches++;
        }
    }

    /** When the next batch may start: its first record plus the window, or the arrival of the record that fills it. */
    private double ready() {
        double windowEnd = waiting.peekFirst().at() + mix.batchWindowSeconds();
        if (waiting.size() >= mix.batchSize()) {
            int filled = 0;
            for (Traffic.Arrival arrival : waiting) {
                if (++filled == mix.batchSize()) {
                    return Math.min(windowEnd, arrival.at());
                }
            }
        }
        return windowEnd;
    }

    private Batch take(double start) {
        List<StreamChange> pending = new ArrayList<>();
        Map<StreamChange, StatsEvent> events = new HashMap<>();
        Set<String> visits = new HashSet<>();
        List<StatsEvent> clicks = new ArrayList<>();
        double oldest = waiting.peekFirst().at();
        while (!waiting.isEmpty() && pending.size() < mix.batchSize() && waiting.peekFirst().at() <= start) {
            Traffic.Arrival arrival = waiting.pollFirst();
            StreamChange change = new StreamChange(Long.toString(++sequence), "INSERT", null, null);
            pending.add(change);
            events.put(change, arrival.event());
            if (arrival.event() instanceof StatsEvent.Visited visit) {
                visits.add(visit.clickId());
            } else if (arrival.event() instanceof StatsEvent.Clicked) {
                clicks.add(arrival.event());
            }
        }
        int reads = (int) clicks.stream().filter(click -> !visits.contains(click.clickId())).count();
        return new Batch(index, start, pending, events, reads, oldest);
    }

    int backlog() {
        return waiting.size();
    }

    double maxIteratorAge() {
        return maxIteratorAge;
    }

    double busyUntil() {
        return free;
    }

    long batches() {
        return batches;
    }
}
