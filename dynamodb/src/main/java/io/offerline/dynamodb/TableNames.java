package io.offerline.dynamodb;

/** Physical table names of one deployment (or one test). */
public record TableNames(String config, String events, String stats) {

    /** Names made of a prefix and each table's logical name, e.g. {@code offerline-config}. */
    public static TableNames withPrefix(String prefix) {
        return new TableNames(prefix + OfferlineTables.CONFIG.name(), prefix + OfferlineTables.EVENTS.name(),
                prefix + OfferlineTables.STATS.name());
    }

    public String of(TableDefinition definition) {
        if (definition == OfferlineTables.CONFIG) {
            return config;
        }
        if (definition == OfferlineTables.EVENTS) {
            return events;
        }
        if (definition == OfferlineTables.STATS) {
            return stats;
        }
        throw new IllegalArgumentException("unknown table " + definition.name());
    }
}
