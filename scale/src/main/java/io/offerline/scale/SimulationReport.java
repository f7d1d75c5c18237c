package io.offerline.scale;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a simulation run prints: the mix, each table's units, the stream, the busiest partition keys and the conflicts. */
final class SimulationReport {

    private static final int LISTED = 12;
    /** Partition keys of the cap counters, the postback log and the checkpoints, which the stats partitions outnumber. */
    private static final List<String> OTHER_KINDS = List.of("CAP#", "POSTBACKLOG#", "CHECKPOINT#");

    private final TrafficMix mix;
    private final Simulation simulation;
    private final double wallSeconds;

    SimulationReport(TrafficMix mix, Simulation simulation, double wallSeconds) {
        this.mix = mix;
        this.simulation = simulation;
        this.wallSeconds = wallSeconds;
    }

    void print(PrintStream out) {
        Peaks peaks = simulation.peaks();
        int seconds = mix.seconds();
        out.printf(Locale.ROOT, "simulation: %,.0f clicks/s for %d s: %,d stream records, %,d postbacks, %,d reports; %.1f s of wall time%n",
                mix.clicksPerSecond(), seconds, simulation.streamRecords(), simulation.postbacks(), simulation.reports(), wallSeconds);
        out.printf(Locale.ROOT, "mix: lander clicks %.0f %%, conversions %.1f %%, duplicate postbacks %.0f %% of them, %.1f reports/s; "
                        + "%d workspaces (Zipf %.2f, busiest %.1f %%), %d campaigns each (Zipf %.2f), %d zones (Zipf %.2f)%n",
                mix.landerClickShare() * 100, mix.conversionShare() * 100, mix.duplicatePostbackShare() * 100, mix.reportsPerSecond(),
                mix.workspaces(), mix.workspaceSkew(), new Zipf(mix.workspaces(), mix.workspaceSkew()).share(0) * 100,
                mix.campaignsPerWorkspace(), mix.campaignSkew(), mix.zones(), mix.zoneSkew());
        out.printf(Locale.ROOT, "stats write shards: %s%n", mix.writeShardSetting().isEmpty() ? "none" : mix.writeShardSetting());
        out.println();
        out.println("| table | mean WRU/s | peak WRU/s | mean RRU/s | peak RRU/s |");
        out.println("|---|---|---|---|---|");
        for (Windows.Table table : Windows.Table.values()) {
            out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %,.0f |%n", table.name().toLowerCase(Locale.ROOT),
                    peaks.tableMean(table, 0), peaks.tablePeak(table, 0), peaks.tableMean(table, 1), peaks.tablePeak(table, 1));
        }
        out.println();
        double maxAge = simulation.shards().stream().mapToDouble(StreamShard::maxIteratorAge).max().orElse(0);
        long backlog = simulation.shards().stream().mapToLong(StreamShard::backlog).sum();
        double drained = simulation.shards().stream().mapToDouble(StreamShard::busyUntil).max().orElse(0);
        long batches = simulation.shards().stream().mapToLong(StreamShard::batches).sum();
        out.printf(Locale.ROOT, "stream: %d shards, batches of at most %d records, window %.1f s; %,d batches, %,d transactions "
                        + "(%,.0f/s), %,d cell writes (%.2f per record)%n",
                simulation.shardCount(), mix.batchSize(), mix.batchWindowSeconds(), batches, simulation.transactions(),
                simulation.transactions() / (double) seconds, simulation.cellWrites(),
                simulation.cellWrites() / (double) Math.max(1, simulation.streamRecords()));
        out.printf(Locale.ROOT, "aggregator: busy %.0f %% of each shard's time (%.1f concurrent executions), max iterator age %.2f s, "
                        + "last batch done %.1f s after the traffic ended%n",
                100 * simulation.aggregatorBusySeconds() / (seconds * (double) simulation.shardCount()),
                simulation.aggregatorBusySeconds() / seconds, maxAge, Math.max(0, drained - seconds));
        out.println();
        out.printf(Locale.ROOT, "partition keys: %,d; over %,.0f WRU/s: %d; over %,.0f RRU/s: %d%n", peaks.partitionCount(),
                Peaks.PARTITION_WRU, peaks.partitionsOverWriteLimit(), Peaks.PARTITION_RRU, peaks.partitionsOverReadLimit());
        out.println();
        out.println("| busiest partition keys by writes | peak WRU/s | peak RRU/s |");
        out.println("|---|---|---|");
        peaks.busiest(Comparator.comparingDouble(peak -> peak.wru), LISTED).forEach(entry -> row(out, entry));
        out.println();
        out.println("| busiest partition key of each other kind | peak WRU/s | peak RRU/s |");
        out.println("|---|---|---|");
        List<Map.Entry<String, Peaks.Peak>> all = peaks.busiest(Comparator.comparingDouble(peak -> peak.wru), Integer.MAX_VALUE);
        for (String kind : OTHER_KINDS) {
            all.stream().filter(entry -> entry.getKey().startsWith(kind)).findFirst().ifPresent(entry -> row(out, entry));
        }
        out.println();
        out.println("| busiest partition keys by reads | peak WRU/s | peak RRU/s |");
        out.println("|---|---|---|");
        peaks.busiest(Comparator.comparingDouble(peak -> peak.rru), 5).forEach(entry -> row(out, entry));
        out.println();
        out.printf(Locale.ROOT, "conflicts (two shards' transactions on one stats item in flight together, %.0f ms each): %,d in all, "
                        + "%.3f %% of the transactions' item writes; busiest second %,d; items written by two shards or more in one second: "
                        + "at most %,d%n", mix.transactionMillis(), peaks.conflicts(),
                100.0 * peaks.conflicts() / Math.max(1, peaks.itemWrites()), peaks.conflictsPeak(), peaks.sharedItemsPeak());
        peaks.topConflicts(5).forEach(entry -> out.printf(Locale.ROOT, "  %,d  %s%n", entry.getValue()[0], entry.getKey()));
    }

    private static void row(PrintStream out, Map.Entry<String, Peaks.Peak> entry) {
        out.printf(Locale.ROOT, "| `%s` | %,.0f | %,.0f |%n", entry.getKey(), entry.getValue().wru, entry.getValue().rru);
    }
}
