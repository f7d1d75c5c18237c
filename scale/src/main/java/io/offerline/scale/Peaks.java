package io.offerline.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The busiest second of every partition key and table, and the transaction conflicts: two shards'
 * transactions on the same stats item that are in flight at the same time (DynamoDB cancels one of
 * them with {@code TransactionConflict}), counted from their start times and the time a
 * transaction takes.
 */
final class Peaks {

    /** DynamoDB's limits of one partition, per second. */
    static final double PARTITION_WRU = 1000;
    static final double PARTITION_RRU = 3000;

    /** A partition key's busiest second, in writes and in reads (not necessarily the same second). */
    static final class Peak {
        double wru;
        double rru;
        double totalWru;
        double totalRru;
    }

    private final double transactionMicros;
    private final Map<String, Peak> partitions = new HashMap<>();
    private final double[][] tablePeaks = new double[Windows.Table.values().length][2];
    private final double[][] tableTotals = new double[Windows.Table.values().length][2];
    private final Map<String, long[]> conflictedItems = new HashMap<>();
    private long conflicts;
    private long conflictsPeak;
    private long sharedItemsPeak;
    private long transactionsTouchingItems;
    private int seconds;

    Peaks(double transactionMillis) {
        this.transactionMicros = transactionMillis * 1000;
    }

    void add(int second, Windows.Window window) {
        seconds = Math.max(seconds, second + 1);
        window.partitions.forEach((partition, units) -> {
            Peak peak = partitions.computeIfAbsent(partition, key -> new Peak());
            peak.wru = Math.max(peak.wru, units[0]);
            peak.rru = Math.max(peak.rru, units[1]);
            peak.totalWru += units[0];
            peak.totalRru += units[1];
        });
        for (int table = 0; table < tablePeaks.length; table++) {
            for (int kind = 0; kind < 2; kind++) {
                tablePeaks[table][kind] = Math.max(tablePeaks[table][kind], window.tables[table][kind]);
                tableTotals[table][kind] += window.tables[table][kind];
            }
        }
        long secondConflicts = 0;
        long shared = 0;
        for (Map.Entry<String, Windows.LongList> item : window.items.entrySet()) {
            Windows.LongList writes = item.getValue();
            transactionsTouchingItems += writes.size;
            if (writes.size < 2) {
                continue;
            }
            long found = overlaps(writes);
            shared += sharedByShards(writes) ? 1 : 0;
            if (found > 0) {
                secondConflicts += found;
                conflictedItems.computeIfAbsent(item.getKey(), key -> new long[1])[0] += found;
            }
        }
        conflicts += secondConflicts;
        conflictsPeak = Math.max(conflictsPeak, secondConflicts);
        sharedItemsPeak = Math.max(sharedItemsPeak, shared);
        if (conflictedItems.size() > 200_000) {
            trimConflictedItems();
        }
    }

    /** Pairs of transactions of different shards on one item whose times overlap. */
    private long overlaps(Windows.LongList writes) {
        long[] sorted = Arrays.copyOf(writes.values, writes.size);
        Arrays.sort(sorted);
        long found = 0;
        for (int first = 0; first < sorted.length; first++) {
            long start = sorted[first] >>> 20;
            for (int next = first + 1; next < sorted.length && (sorted[next] >>> 20) - start < transactionMicros; next++) {
                if ((sorted[next] & 0xFFFFF) != (sorted[first] & 0xFFFFF)) {
                    found++;
                }
            }
        }
        return found;
    }

    private static boolean sharedByShards(Windows.LongList writes) {
        long shard = writes.values[0] & 0xFFFFF;
        for (int index = 1; index < writes.size; index++) {
            if ((writes.values[index] & 0xFFFFF) != shard) {
                return true;
            }
        }
        return false;
    }

    private void trimConflictedItems() {
        List<Map.Entry<String, long[]>> kept = topConflicts(50_000);
        conflictedItems.clear();
        kept.forEach(entry -> conflictedItems.put(entry.getKey(), entry.getValue()));
    }

    List<Map.Entry<String, long[]>> topConflicts(int count) {
        List<Map.Entry<String, long[]>> items = new ArrayList<>(conflictedItems.entrySet());
        items.sort(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[0]).reversed());
        return items.subList(0, Math.min(count, items.size()));
    }

    /** The partition keys, busiest first by {@code order}. */
    List<Map.Entry<String, Peak>> busiest(Comparator<Peak> order, int count) {
        List<Map.Entry<String, Peak>> all = new ArrayList<>(partitions.entrySet());
        all.sort(Map.Entry.<String, Peak>comparingByValue(order).reversed());
        return all.subList(0, Math.min(count, all.size()));
    }

    long partitionsOverWriteLimit() {
        return partitions.values().stream().filter(peak -> peak.wru > PARTITION_WRU).count();
    }

    long partitionsOverReadLimit() {
        return partitions.values().stream().filter(peak -> peak.rru > PARTITION_RRU).count();
    }

    int partitionCount() {
        return partitions.size();
    }

    double tablePeak(Windows.Table table, int kind) {
        return tablePeaks[table.ordinal()][kind];
    }

    double tableMean(Windows.Table table, int kind) {
        return seconds == 0 ? 0 : tableTotals[table.ordinal()][kind] / seconds;
    }

    long conflicts() {
        return conflicts;
    }

    long conflictsPeak() {
        return conflictsPeak;
    }

    long sharedItemsPeak() {
        return sharedItemsPeak;
    }

    long itemWrites() {
        return transactionsTouchingItems;
    }

    int seconds() {
        return seconds;
    }
}
