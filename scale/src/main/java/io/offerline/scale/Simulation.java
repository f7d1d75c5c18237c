package io.offerline.scale;

import io.offerline.core.cap.CapCounters;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Grain;
import io.offerline.dynamodb.CapCounterShards;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.StatsWriteShards;
import io.offerline.dynamodb.StatsWrites;
import io.offerline.testkit.ItemSizes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The capacity simulation: generated traffic ({@link Traffic}) through the tracking functions' writes
 * and the stats stream ({@link StreamShard}), each stats batch cut into transactions and keyed by the
 * aggregator's own code ({@link StatsWrites}, {@link Keys}), item sizes by DynamoDB's rules
 * ({@link ItemSizes}); it prints the busiest second of each partition key and the transaction
 * conflicts between shards. No DynamoDB: it counts what each call would cost.
 */
public final class Simulation {

    /** What a stats cell's item is: its partition, its identity (partition and sort key) and the bytes of its key. */
    private record CellItem(String partition, String item, long keyBytes) {
    }

    private static final double KB = 1024;
    /** 22 counters (visits, clicks, bots, cost, and 9 per conversion time), each a name of at most 3 bytes and a number of at most 21. */
    private static final long MAX_COUNTER_BYTES = 22 * 24;

    private final TrafficMix mix;
    private final StatsWriteShards writeShards;
    private final int shardCount;
    private final Traffic traffic;
    private final List<StreamShard> shards = new ArrayList<>();
    private final Peaks peaks;
    private final Windows windows;
    private final Map<String, Long> storedBytes = new HashMap<>();
    private final Set<String> storedItems = new HashSet<>();
    private final List<Runnable>[] unitsOf;
    private long transactions;
    private long cellWrites;
    private double aggregatorBusySeconds;
    private long streamRecords;
    private long postbacks;
    private double reportsOwed;
    private long reports;

    Simulation(TrafficMix mix) {
        this.mix = mix;
        this.writeShards = StatsWriteShards.parse(mix.writeShardSetting());
        this.shardCount = mix.streamShards();
        this.traffic = new Traffic(mix, shardCount);
        this.peaks = new Peaks(mix.transactionMillis());
        this.windows = new Windows(peaks);
        this.unitsOf = unitLists(shardCount);
        for (int shard = 0; shard < shardCount; shard++) {
            shards.add(new StreamShard(shard, mix));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Runnable>[] unitLists(int count) {
        List<Runnable>[] lists = new List[count];
        for (int index = 0; index < count; index++) {
            lists[index] = new ArrayList<>();
        }
        return lists;
    }

    public static void main(String[] arguments) {
        TrafficMix mix;
        try {
            mix = TrafficMix.parse(arguments);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Simulation simulation = new Simulation(mix);
        simulation.run();
        new SimulationReport(mix, simulation, (System.nanoTime() - started) / 1e9).print(System.out);
    }

    void run() {
        int seconds = mix.seconds();
        for (int second = 0; second < seconds; second++) {
            traffic.second(second, this::arrive);
            reads(second);
            runShards(second + 1);
            windows.closeBefore(second - 2 - mix.batchWindowSeconds());
        }
        runShards(Double.POSITIVE_INFINITY);
        windows.closeAll();
    }

    private void arrive(Traffic.Arrival arrival) {
        double at = arrival.at();
        switch (arrival.kind()) {
            case VISIT -> {
                windows.write(at, Windows.Table.EVENTS, null, 1);
                clickCap(arrival);
            }
            case CLICK -> {
                windows.read(at, Windows.Table.EVENTS, null, 1);
                windows.write(at, Windows.Table.EVENTS, null, 1);
                clickCap(arrival);
            }
            case CONVERSION, DUPLICATE_POSTBACK -> postback(arrival);
        }
        if (arrival.event() != null) {
            streamRecords++;
            shards.get(arrival.shard()).arrive(arrival);
        }
    }

    /** A click-capped offer: one conditional write on one of the counter's shards, picked at random as the code does. */
    private void clickCap(Traffic.Arrival arrival) {
        Traffic.Offer offer = arrival.offer();
        if (offer == null || !offer.clickCapped()) {
            return;
        }
        List<Key> counter = CapCounterShards.itemKeys(new CapCounters.CapKey(offer.id(), Traffic.CAP_WINDOW));
        Key shard = counter.get(traffic.random().nextInt(CapCounterShards.SHARDS));
        windows.write(arrival.at(), Windows.Table.CONFIG, shard.partitionKeyValue().s(), 1);
    }

    /** The click's Query, the conversion's write (a transaction with its counter under a conversion cap), the log entry. */
    private void postback(Traffic.Arrival arrival) {
        double at = arrival.at();
        postbacks++;
        windows.read(at, Windows.Table.EVENTS, null, 1);
        if (arrival.offer().conversionCapped()) {
            windows.write(at, Windows.Table.EVENTS, null, 2);
            windows.write(at, Windows.Table.CONFIG, Keys.capCounter(arrival.offer().id(), Traffic.CAP_WINDOW).partitionKeyValue().s(), 2);
        } else {
            windows.write(at, Windows.Table.EVENTS, null, 1);
        }
        String entryId = Long.toString(traffic.random().nextLong(), 36);
        windows.write(at, Windows.Table.EVENTS, Keys.postbackLogOf(arrival.campaign().accountId(), entryId), 1);
    }

    /**
     * The reports of one second: each of a workspace drawn as the traffic is, "today by campaign"
     * in UTC, which reads today's day cells of the main family, in every partition that holds them.
     */
    private void reads(int second) {
        reportsOwed += mix.reportsPerSecond();
        for (; reportsOwed >= 1; reportsOwed--) {
            reports++;
            String workspaceId = Traffic.workspaceId(traffic.workspaceSkew().next(traffic.random()));
            Instant day = Grain.DAY.start(Traffic.instant(second));
            double at = second + traffic.random().nextDouble();
            for (String partition : Keys.statsPartitions(workspaceId, null, null, Grain.DAY, day, writeShards)) {
                long bytes = storedBytes.getOrDefault(partition, 0L);
                windows.read(at, Windows.Table.STATS, partition, Math.max(1, Math.ceil(bytes / 4096.0)) * 0.5);
            }
        }
    }

    /**
     * Runs every shard's batches that start before {@code until}, the shards in parallel (they share
     * nothing but the windows), then counts what they wrote, shard by shard, in one thread.
     */
    private void runShards(double until) {
        shards.parallelStream().forEach(shard -> shard.run(until, batch -> apply(batch, unitsOf[batch.shard()])));
        for (List<Runnable> units : unitsOf) {
            units.forEach(Runnable::run);
            units.clear();
        }
    }

    /** One batch through the aggregator's transactions, its units left in {@code units}; answers how long it took. */
    private double apply(StreamShard.Batch batch, List<Runnable> units) {
        double time = batch.start() + StreamShard.INVOKE_SECONDS;
        String checkpoint = Keys.statsCheckpoint("shard-" + batch.shard()).partitionKeyValue().s();
        double checkpointRead = time;
        units.add(() -> windows.read(checkpointRead, Windows.Table.STATS, checkpoint, 1));
        time += StreamShard.GET_SECONDS;
        if (batch.visitReads() > 0) {
            double visitsRead = time;
            units.add(() -> windows.read(visitsRead, Windows.Table.EVENTS, null, batch.visitReads()));
            time += StreamShard.BATCH_GET_SECONDS;
        }
        for (StatsWrites.Transaction transaction : StatsWrites.transactions(batch.pending(), batch.events())) {
            double sent = time;
            transaction.cells().forEach((cell, delta) -> units.add(cellWrite(sent, batch.shard(), cell, delta)));
            units.add(() -> {
                windows.write(sent, Windows.Table.STATS, checkpoint, 2);
                transactions++;
            });
            time += mix.transactionMillis() / 1000;
        }
        double took = time - batch.start();
        units.add(() -> aggregatorBusySeconds += took);
        return took;
    }

    private Runnable cellWrite(double start, int shard, CellKey cell, CellDelta delta) {
        CellItem item = cellItem(cell);
        boolean dayCell = cell.grain() == Grain.DAY && cell.family() == null;
        // Counters take at most MAX_COUNTER_BYTES, so a short key's item is under 1 KB without counting them.
        long bytes = item.keyBytes() + (dayCell || item.keyBytes() + MAX_COUNTER_BYTES >= KB ? counterBytes(delta) : 0);
        double units = 2 * Math.ceil(Math.max(1, bytes) / KB); // a transactional write costs two units per started KB
        return () -> {
            cellWrites++;
            windows.write(start, Windows.Table.STATS, item.partition(), units);
            windows.touched(start, item.item(), shard);
            if (dayCell && storedItems.add(item.item())) {
                storedBytes.merge(item.partition(), bytes, Long::sum);
            }
        };
    }

    private static long counterBytes(CellDelta delta) {
        long bytes = 0;
        for (Map.Entry<String, String> counter : StatsWrites.counters(delta).entrySet()) {
            bytes += ItemSizes.utf8(counter.getKey()) + ItemSizes.number(counter.getValue());
        }
        return bytes;
    }

    private CellItem cellItem(CellKey cell) {
        Map<String, AttributeValue> key = StatsWrites.key(cell, writeShards);
        String partition = key.get(OfferlineTables.PARTITION_KEY).s();
        return new CellItem(partition, partition + "|" + key.get(OfferlineTables.SORT_KEY).s(), ItemSizes.item(key));
    }

    TrafficMix mix() {
        return mix;
    }

    int shardCount() {
        return shardCount;
    }

    List<StreamShard> shards() {
        return shards;
    }

    Peaks peaks() {
        return peaks;
    }

    long transactions() {
        return transactions;
    }

    long cellWrites() {
        return cellWrites;
    }

    double aggregatorBusySeconds() {
        return aggregatorBusySeconds;
    }

    long streamRecords() {
        return streamRecords;
    }

    long postbacks() {
        return postbacks;
    }

    long reports() {
        return reports;
    }
}
