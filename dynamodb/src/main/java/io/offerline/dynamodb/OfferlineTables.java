package io.offerline.dynamodb;

import java.util.List;

/** The single source of Offerline's table definitions. */
public final class OfferlineTables {

    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PARTITION_KEY = "gsi1pk";
    public static final String GSI1_SORT_KEY = "gsi1sk";
    public static final String EXPIRES_AT = "expiresAt";

    /** Accounts, users, API keys, workspaces, offers, campaigns: small, read through caches. */
    public static final TableDefinition CONFIG = new TableDefinition("config", PARTITION_KEY, SORT_KEY,
            List.of(new TableDefinition.GlobalIndex(GSI1, GSI1_PARTITION_KEY, GSI1_SORT_KEY)), null, false);

    /**
     * Raw visits and conversions under their click id, and the postback log. They expire after
     * the attribution window, and their stream feeds the stats. No index: reports read the stats
     * cells, so an event costs one write, not one per index.
     */
    public static final TableDefinition EVENTS = new TableDefinition("events", PARTITION_KEY, SORT_KEY, List.of(), EXPIRES_AT, true);

    /**
     * Pre-aggregated stats cells and the aggregator's per-shard checkpoints. Cells never expire
     * and nothing reads a stream of them.
     */
    public static final TableDefinition STATS = new TableDefinition("stats", PARTITION_KEY, SORT_KEY, List.of(), null, false);

    public static final List<TableDefinition> ALL = List.of(CONFIG, EVENTS, STATS);

    private OfferlineTables() {
    }
}
