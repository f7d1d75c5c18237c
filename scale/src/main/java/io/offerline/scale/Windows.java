package io.offerline.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request units per partition key and per table in one-second windows, and the stats items each
 * window's transactions touched, by shard and start time; a window, once no shard can still write
 * into it, is folded into the {@link Peaks} and dropped.
 */
final class Windows {

    enum Table { CONFIG, EVENTS, STATS }

    /** One second's units; {@code items} lists, per stats item, its transactions as start microsecond and shard. */
    static final class Window {
        final Map<String, double[]> partitions = new HashMap<>();
        final double[][] tables = new double[Table.values().length][2];
        final Map<String, LongList> items = new HashMap<>();
    }

    /** A growable list of longs, without boxing: a busy window holds millions of item writes. */
    static final class LongList {
        long[] values = new long[2];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private final TreeMap<Integer, Window> open = new TreeMap<>();
    private final Peaks peaks;

    Windows(Peaks peaks) {
        this.peaks = peaks;
    }

    private Window at(double time) {
        return open.computeIfAbsent((int) Math.floor(time), second -> new Window());
    }

    /** A write of {@code units} WRU to {@code partition}; null for a partition of its own item (a visit's click id). */
    void write(double time, Table table, String partition, double units) {
        Window window = at(time);
        window.tables[table.ordinal()][0] += units;
        if (partition != null) {
            window.partitions.computeIfAbsent(partition, key -> new double[2])[0] += units;
        }
    }

    void read(double time, Table table, String partition, double units) {
        Window window = at(time);
        window.tables[table.ordinal()][1] += units;
        if (partition != null) {
            window.partitions.computeIfAbsent(partition, key -> new double[2])[1] += units;
        }
    }

    /** A stats transaction starting at {@code time} touched {@code item}. */
    void touched(double time, String item, int shard) {
        at(time).items.computeIfAbsent(item, key -> new LongList()).add(((long) (time * 1e6) << 20) | shard);
    }

    /** Folds every window that ends at or before {@code time}. */
    void closeBefore(double time) {
        List<Integer> done = new ArrayList<>(open.headMap((int) Math.floor(time)).keySet());
        for (Integer second : done) {
            peaks.add(second, open.remove(second));
        }
    }

    void closeAll() {
        closeBefore(Double.MAX_VALUE);
    }
}
