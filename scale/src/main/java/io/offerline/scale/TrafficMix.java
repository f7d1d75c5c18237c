package io.offerline.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulation generates and how the stream delivers it: the rate of ad clicks (visits), the
 * share of them that click a lander, convert or send a duplicate postback, the reports read, the
 * skew of workspaces, campaigns, offers and zones, and the stream's shards and batches.
 * Every field has a default, and {@code --name value} on the command line sets it.
 */
record TrafficMix(
        double clicksPerSecond,
        long events,
        double landerClickShare,
        double conversionShare,
        double duplicatePostbackShare,
        double reportsPerSecond,
        int workspaces,
        double workspaceSkew,
        int campaignsPerWorkspace,
        double campaignSkew,
        int offersPerWorkspace,
        int zones,
        double zoneSkew,
        int shards,
        int batchSize,
        double batchWindowSeconds,
        double transactionMillis,
        String writeShards,
        long seed) {

    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("clicks-per-second", "10000");
        defaults.put("events", "10000000");
        defaults.put("lander-click-share", "0.30");
        defaults.put("conversion-share", "0.01");
        defaults.put("duplicate-postback-share", "0.20");
        defaults.put("reports-per-second", "0"); // 0: one report a second per 2,000 clicks a second, at least one
        defaults.put("workspaces", "100");
        defaults.put("workspace-skew", "1.0");
        defaults.put("campaigns-per-workspace", "50");
        defaults.put("campaign-skew", "1.0");
        defaults.put("offers-per-workspace", "100");
        defaults.put("zones", "50000");
        defaults.put("zone-skew", "0.8");
        defaults.put("shards", "0"); // 0: one per 300 events-table writes a second (warm throughput), see streamShards
        defaults.put("batch-size", "100");
        defaults.put("batch-window-seconds", "0");
        defaults.put("transaction-millis", "25");
        defaults.put("write-shards", ""); // as offerline.stats.write-shards (ws0=64,ws1=32), or auto: from the mix
        defaults.put("seed", "21");
        return Collections.unmodifiableMap(defaults);
    }

    static TrafficMix parse(String... arguments) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (int index = 0; index < arguments.length; index += 2) {
            String name = arguments[index].replaceFirst("^--", "");
            if (!DEFAULTS.containsKey(name) || index + 1 >= arguments.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + arguments[index] + "; options (default): "
                        + String.join(", ", DEFAULTS.entrySet().stream().map(option -> "--" + option.getKey() + " ("
                                + option.getValue() + ")").toList()));
            }
            values.put(name, arguments[index + 1]);
        }
        double rate = number(values, "clicks-per-second");
        double reports = number(values, "reports-per-second");
        return new TrafficMix(rate, (long) number(values, "events"), number(values, "lander-click-share"),
                number(values, "conversion-share"), number(values, "duplicate-postback-share"),
                reports > 0 ? reports : Math.max(1, rate / 2000), whole(values, "workspaces"), number(values, "workspace-skew"),
                whole(values, "campaigns-per-workspace"), number(values, "campaign-skew"), whole(values, "offers-per-workspace"),
                whole(values, "zones"), number(values, "zone-skew"), whole(values, "shards"), whole(values, "batch-size"),
                number(values, "batch-window-seconds"), number(values, "transaction-millis"), values.get("write-shards"),
                (long) number(values, "seed"));
    }

    /** Stream records a second: visits, lander clicks and conversions (the stats stream's inserts). */
    double streamRecordsPerSecond() {
        return clicksPerSecond * (1 + landerClickShare + conversionShare);
    }

    /** Writes a second to the events table: every stream record, the duplicate postbacks' failed writes and the postback log. */
    double eventsTableWritesPerSecond() {
        double postbacks = clicksPerSecond * conversionShare * (1 + duplicatePostbackShare);
        return streamRecordsPerSecond() + clicksPerSecond * conversionShare * duplicatePostbackShare + postbacks;
    }

    /**
     * The stream's shards: as given, else one per 300 writes a second to the events table. A shard
     * is a partition of the table, and one aggregator applies about 400 records a second (one
     * transaction of 99 cells, 25 ms, per 11 records), so the table's warm throughput is set to
     * 3.3 times its writes to cut the stream into shards the aggregators keep up with.
     */
    int streamShards() {
        return shards > 0 ? shards : (int) Math.max(4, Math.ceil(eventsTableWritesPerSecond() / 300));
    }

    /**
     * The stats write shards of each workspace, {@code offerline.stats.write-shards} syntax: as
     * given, or for {@code auto} the smallest power of two that puts at most 600 write units a
     * second on each partition of a workspace's period (two units a cell, about one cell per
     * record in each grain), from the workspace's share of the traffic.
     */
    String writeShardSetting() {
        if (!"auto".equals(writeShards)) {
            return writeShards;
        }
        Zipf skew = new Zipf(workspaces, workspaceSkew);
        List<String> entries = new ArrayList<>();
        for (int rank = 0; rank < workspaces; rank++) {
            double units = 2 * skew.share(rank) * streamRecordsPerSecond();
            int shards = 1;
            while (units / shards > 600 && shards < 256) {
                shards *= 2;
            }
            if (shards > 1) {
                entries.add(Traffic.workspaceId(rank) + "=" + shards);
            }
        }
        return String.join(",", entries);
    }

    /** How many seconds of traffic hold {@link #events} stream records. */
    int seconds() {
        return (int) Math.max(1, Math.ceil(events / streamRecordsPerSecond()));
    }

    private static double number(Map<String, String> values, String name) {
        return Double.parseDouble(values.get(name));
    }

    private static int whole(Map<String, String> values, String name) {
        return Integer.parseInt(values.get(name));
    }
}
