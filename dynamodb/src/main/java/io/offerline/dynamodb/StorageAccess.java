package io.offerline.dynamodb;

import io.offerline.core.http.HttpRoutes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each deployed function may do on each table, in IAM's terms. The stack writes each
 * function's policy from this list and nothing else, and the tests run every function's flows
 * with a recorder on its client and fail on any call outside it; so the list is both the least
 * each function needs and all that it gets.
 */
public final class StorageAccess {

    public static final String STATS_AGGREGATOR_HANDLER = "io.offerline.functions.StatsAggregatorHandler";
    public static final String EXCHANGE_RATE_REFRESH_HANDLER = "io.offerline.functions.ExchangeRateRefreshHandler";
    public static final String OUTBOUND_FEED_HANDLER = "io.offerline.functions.OutboundPostbackFeedHandler";
    public static final String OUTBOUND_SENDER_HANDLER = "io.offerline.functions.OutboundPostbackSenderHandler";

    /** The partition-key prefix of the outbound log, the only events items the outbound functions write. */
    public static final String OUTBOUND_LOG = "OUTBOUND#";

    /** The partition-key prefix of the cap counters, the only config items a tracking function writes. */
    public static final String CAP_COUNTERS = "CAP#";

    /**
     * Actions on one table; with {@code leadingKeys}, only on items whose partition key starts
     * with one of them (IAM's {@code dynamodb:LeadingKeys}); with {@code indexes}, also on those
     * indexes of the table.
     */
    public record Grant(TableDefinition table, List<String> actions, List<String> leadingKeys, List<String> indexes) {

        static Grant on(TableDefinition table, String... actions) {
            return new Grant(table, List.of(actions), List.of(), List.of());
        }

        Grant onlyWhereKeyStartsWith(String... prefixes) {
            return new Grant(table, actions, List.of(prefixes), indexes);
        }

        Grant withIndexes(String... names) {
            return new Grant(table, actions, leadingKeys, List.of(names));
        }

        /** Whether an action on {@code on} (or {@code index} of it) and an item of {@code partitionKey} is inside this grant. */
        public boolean allows(String action, TableDefinition on, String index, String partitionKey) {
            return table.equals(on) && actions.contains(action)
                    && (index == null || indexes.contains(index))
                    && (leadingKeys.isEmpty() || partitionKey != null && leadingKeys.stream().anyMatch(partitionKey::startsWith));
        }
    }

    private static final String GET = "GetItem";
    private static final String BATCH_GET = "BatchGetItem";
    private static final String QUERY = "Query";
    private static final String PUT = "PutItem";
    private static final String UPDATE = "UpdateItem";
    private static final String DELETE = "DeleteItem";
    private static final String CONDITION_CHECK = "ConditionCheckItem";

    /**
     * Reads of campaigns, offers, landers, accounts, exchange rates and cap counts, and increments
     * of cap counters: what a redirect, a lander click and a direct visit need. Each function runs
     * in its own process with its own caches, so each needs all of these reads.
     */
    private static final List<Grant> REDIRECTING = List.of(
            Grant.on(OfferlineTables.CONFIG, GET, BATCH_GET, QUERY),
            Grant.on(OfferlineTables.CONFIG, UPDATE).onlyWhereKeyStartsWith(CAP_COUNTERS));

    /** The redirect path's reads, visits and conversions found by click id, conversions and the postback log written. */
    private static final List<Grant> CONVERTING = List.of(
            Grant.on(OfferlineTables.CONFIG, GET, BATCH_GET, QUERY),
            Grant.on(OfferlineTables.CONFIG, UPDATE).onlyWhereKeyStartsWith(CAP_COUNTERS),
            Grant.on(OfferlineTables.EVENTS, QUERY, PUT, UPDATE));

    private static final Map<String, List<Grant>> BY_HANDLER = Map.of(
            HttpRoutes.VISIT_HANDLER, with(REDIRECTING, Grant.on(OfferlineTables.EVENTS, PUT)),
            HttpRoutes.DIRECT_VISIT_HANDLER, with(REDIRECTING, Grant.on(OfferlineTables.EVENTS, PUT)),
            // The visit is read back to place the click.
            HttpRoutes.CLICK_HANDLER, with(REDIRECTING, Grant.on(OfferlineTables.EVENTS, GET, PUT)),
            HttpRoutes.SCRIPT_HANDLER, List.of(),
            HttpRoutes.POSTBACK_HANDLER, CONVERTING,
            HttpRoutes.PIXEL_HANDLER, CONVERTING,
            // Everything a user manages (users are removed, so DeleteItem); uploads, the postback and audit logs; reports.
            HttpRoutes.GRAPHQL_HANDLER, List.of(
                    Grant.on(OfferlineTables.CONFIG, GET, BATCH_GET, QUERY, PUT, UPDATE, DELETE).withIndexes(OfferlineTables.GSI1),
                    Grant.on(OfferlineTables.EVENTS, QUERY, PUT, UPDATE),
                    Grant.on(OfferlineTables.STATS, QUERY)),
            // Visits read to place clicks and conversions; cells and checkpoints written in one transaction;
            // a cost update reads its range's cells and checks the checkpoint in all but its last transaction.
            STATS_AGGREGATOR_HANDLER, List.of(
                    Grant.on(OfferlineTables.EVENTS, BATCH_GET),
                    Grant.on(OfferlineTables.STATS, GET, QUERY, PUT, UPDATE, CONDITION_CHECK)),
            // One item per ECB publication day.
            EXCHANGE_RATE_REFRESH_HANDLER, List.of(
                    Grant.on(OfferlineTables.CONFIG, GET, QUERY, PUT).onlyWhereKeyStartsWith("RATES#")));

    /** The postbacks to traffic sources, off the events stream: reads of what a conversion came from, the outbound log. */
    private static final Map<String, List<Grant>> OUTBOUND = Map.of(
            // The campaign and its traffic source, the visit; the delivery logged as queued.
            OUTBOUND_FEED_HANDLER, List.of(
                    Grant.on(OfferlineTables.CONFIG, GET),
                    Grant.on(OfferlineTables.EVENTS, GET),
                    Grant.on(OfferlineTables.EVENTS, PUT).onlyWhereKeyStartsWith(OUTBOUND_LOG)),
            // The delivery read (already sent?) and its attempts recorded.
            OUTBOUND_SENDER_HANDLER, List.of(
                    Grant.on(OfferlineTables.EVENTS, GET, UPDATE).onlyWhereKeyStartsWith(OUTBOUND_LOG)));

    private StorageAccess() {
    }

    /** The grants of the function of {@code handler}; none for a handler without storage. */
    public static List<Grant> of(String handler) {
        List<Grant> grants = BY_HANDLER.getOrDefault(handler, OUTBOUND.get(handler));
        if (grants == null) {
            throw new IllegalArgumentException("No storage access is declared for " + handler);
        }
        return grants;
    }

    /** Every handler with a declaration. */
    public static Set<String> handlers() {
        return Stream.concat(BY_HANDLER.keySet().stream(), OUTBOUND.keySet().stream()).collect(Collectors.toSet());
    }

    private static List<Grant> with(List<Grant> common, Grant own) {
        return Stream.concat(common.stream(), Stream.of(own)).toList();
    }
}
