package io.offerline.dynamodb;

import io.offerline.core.stats.Detail;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many partitions each busy workspace's stats cells of one period are written to: one
 * partition takes about 1,000 write units a second, and a workspace's stream writes about one
 * cell per event in each grain, 2 units each (a transaction), so a workspace of more than about
 * 400 events a second needs more than one (docs/scale.md). A cell's shard is picked by its sort
 * key ({@link StatsCellKeys}), so each cell is one item and a read queries every shard once.
 *
 * <p>Set per workspace, {@code <workspaceId>=<shards>} separated by commas
 * ({@code offerline.stats.write-shards}, the stack's {@code -c statsWriteShards=...}); every other
 * workspace has one. The detail families get a quarter as many (at least one): a tracking field's
 * partitions are per campaign already. Only ever raise a workspace's count: a read queries the
 * shards of the count it is given, so cells written to higher shards would no longer be read.
 */
public final class StatsWriteShards {

    public static final StatsWriteShards NONE = new StatsWriteShards(Map.of());
    /** DynamoDB takes at most 100 items a transaction, and a report queries each shard: more would only cost reads. */
    public static final int MAX = 256;

    private final Map<String, Integer> perWorkspace;

    private StatsWriteShards(Map<String, Integer> perWorkspace) {
        this.perWorkspace = Map.copyOf(perWorkspace);
    }

    /** Parses {@code ws1=64,ws2=16}; blank is {@link #NONE}. */
    public static StatsWriteShards parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        Map<String, Integer> perWorkspace = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            String[] parts = entry.trim().split("=");
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("stats write shards: expected <workspaceId>=<shards>, got '" + entry.trim() + "'");
            }
            perWorkspace.put(parts[0].trim(), count(parts[1].trim()));
        }
        return new StatsWriteShards(perWorkspace);
    }

    private static int count(String text) {
        int shards;
        try {
            shards = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("stats write shards: '" + text + "' is not a number");
        }
        if (shards < 1 || shards > MAX) {
            throw new IllegalArgumentException("stats write shards: " + shards + " is not between 1 and " + MAX);
        }
        return shards;
    }

    /** The shards of the workspace's cells of a family (null: the main cells). */
    public int of(String workspaceId, Detail family) {
        int main = perWorkspace.getOrDefault(workspaceId, 1);
        return family == null ? main : Math.max(1, main / 4);
    }

    @Override
    public String toString() {
        return perWorkspace.toString();
    }
}
