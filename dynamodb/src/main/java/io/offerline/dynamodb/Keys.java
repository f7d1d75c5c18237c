package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Grain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Every primary and index key of every item, built in one place. */
public final class Keys {

    private static final String STATS = "STATS#";
    /** The sort key of a visit in its click's partition. */
    static final String VISIT_SORT_KEY = "VISIT";
    /** Stands for a dimension without value; URL-encoding turns a real {@code ~} into {@code %7E}. */

    private Keys() {
    }

    public static Key account(String accountId) {
        return key(accountItems(accountId), "ACCOUNT");
    }

    /** Index partition listing every account of the deployment. */
    public static final String ALL_ACCOUNTS = "ACCOUNTS";

    /** The partition holding an account and its account-wide settings. */
    public static String accountItems(String accountId) {
        return "ACCOUNT#" + accountId;
    }

    /** A conversion type, stored under its account so one query lists them all. */
    public static Key conversionType(String accountId, String key) {
        return key(accountItems(accountId), CONVERSION_TYPE_PREFIX + key);
    }

    public static final String CONVERSION_TYPE_PREFIX = "CTYPE#";

    /** A user, stored under its account so one query lists them all. */
    public static Key user(String accountId, String userId) {
        return key(accountItems(accountId), USER_PREFIX + userId);
    }

    public static final String USER_PREFIX = "USER#";

    public static Key apiKey(String keyHash) {
        return key("APIKEY#" + keyHash, "APIKEY");
    }

    /** Index partition listing an account's API keys. */
    public static String apiKeysOf(String accountId) {
        return "ACCOUNT#" + accountId + "#APIKEYS";
    }

    public static Key workspace(String workspaceId) {
        return key("WORKSPACE#" + workspaceId, "WORKSPACE");
    }

    /** Index partition listing an account's workspaces. */
    public static String workspacesOf(String accountId) {
        return "ACCOUNT#" + accountId + "#WORKSPACES";
    }

    public static Key offer(String offerId) {
        return key("OFFER#" + offerId, "OFFER");
    }

    /** Index partition listing a workspace's offers. */
    public static String offersOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#OFFERS";
    }

    public static Key network(String networkId) {
        return key("NETWORK#" + networkId, "NETWORK");
    }

    /** Index partition listing a workspace's affiliate networks. */
    public static String networksOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#NETWORKS";
    }

    public static Key lander(String landerId) {
        return key("LANDER#" + landerId, "LANDER");
    }

    /** Index partition listing a workspace's landers. */
    public static String landersOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#LANDERS";
    }

    public static Key trafficSource(String trafficSourceId) {
        return key("TRAFFICSOURCE#" + trafficSourceId, "TRAFFICSOURCE");
    }

    /** Index partition listing a workspace's traffic sources. */
    public static String trafficSourcesOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#TRAFFICSOURCES";
    }

    public static Key campaign(String campaignId) {
        return key("CAMPAIGN#" + campaignId, "CAMPAIGN");
    }

    /** Index partition listing a workspace's campaigns. */
    public static String campaignsOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#CAMPAIGNS";
    }

    /** The counter of one offer's cap in one window ({@code 2026-11-25} or {@code TOTAL}). */
    /**
     * The index sort key of a workspace's (or an account's) entities: creation order, the id
     * breaking ties within the same instant so that every item has its own cursor.
     */
    public static String createdOrder(Instant createdAt, String id) {
        return createdAt + "#" + id;
    }

    public static Key capCounter(String offerId, String window) {
        return key("CAP#" + offerId, "WINDOW#" + window);
    }

    /**
     * One shard of a click cap's counter: shard 0 is {@link #capCounter} itself, every other
     * shard a partition of its own ({@code CAP#<offerId>#<shard>}), so that the shards share no
     * partition's write throughput.
     */
    public static Key capCounterShard(String offerId, String window, int shard) {
        return shard == 0 ? capCounter(offerId, window) : key("CAP#" + offerId + "#" + shard, "WINDOW#" + window);
    }

    /** An item that never exists: a start-up snapshot reads it to load and warm the SDK's request path. */
    public static Key primingSentinel() {
        return key("PRIMING#", "PRIMING");
    }

    /** The ECB reference rates of one publication day; the days of the partition sort by date. */
    public static Key ecbRates(LocalDate day) {
        return key("RATES#ECB", "DAY#" + day);
    }

    public static Key visit(String clickId) {
        return key(clickPartition(clickId), VISIT_SORT_KEY);
    }

    /** A click of a visit on one offer: at most one per visit and offer. */
    public static Key click(String clickId, String offerId) {
        return key(clickPartition(clickId), "CLICK#" + offerId);
    }

    /** A conversion of a click in one slot. */
    public static Key conversion(String clickId, ConversionSlot slot) {
        return key(clickPartition(clickId), "CONVERSION#" + slot(slot));
    }

    /** The sort-key prefix of a click's conversions that have a txid, for one Query of them. */
    public static String conversionsWithTxid() {
        return "CONVERSION#TX#";
    }

    /** A conversion slot as stored: {@code TX#<txid>}, {@code SINGLE}, or {@code DUP#<token>}. */
    public static String slot(ConversionSlot slot) {
        return switch (slot.kind()) {
            case TXID -> "TX#" + slot.value();
            case SINGLE -> "SINGLE";
            case DUPLICATE -> "DUP#" + slot.value();
        };
    }

    /** The partition of an account's audit trail in the events table. */
    public static String auditOf(String accountId) {
        return "AUDIT#" + accountId;
    }

    /** A campaign's cost update in the events table, in the order they were made. */
    public static Key costUpdate(String campaignId, Instant createdAt, String id) {
        return key("COSTUPDATE#" + campaignId, NewestFirstPages.sortKey(createdAt, id));
    }

    /**
     * The partition of one entry of an account's postback log ({@code _unknown} for postbacks of
     * unknown clicks): one of {@link #POSTBACK_LOG_SHARDS}, picked by the entry's id, since one
     * partition takes only about 1,000 writes a second and an account's postbacks may come faster.
     */
    public static String postbackLogOf(String accountId, String entryId) {
        return postbackLogShard(accountId, Math.floorMod(entryId.hashCode(), POSTBACK_LOG_SHARDS));
    }

    /** Every partition of an account's postback log, which a listing merges. */
    public static List<String> postbackLogsOf(String accountId) {
        return IntStream.range(0, POSTBACK_LOG_SHARDS).mapToObj(shard -> postbackLogShard(accountId, shard)).toList();
    }

    public static final int POSTBACK_LOG_SHARDS = 10;

    private static String postbackLogShard(String accountId, int shard) {
        return "POSTBACKLOG#" + (accountId == null ? "_unknown" : accountId) + "#" + shard;
    }

    /** The partition of an account's postbacks to traffic sources in the events table. */
    public static String outboundLogOf(String accountId) {
        return "OUTBOUND#" + accountId;
    }

    /** A postback to a traffic source: at its conversion's time, then its idempotency key, so that a delivery has one item. */
    public static Key outboundDelivery(String accountId, Instant convertedAt, String deliveryKey) {
        return key(outboundLogOf(accountId), NewestFirstPages.sortKey(convertedAt, deliveryKey));
    }

    /** The stats table's partition of a workspace's cells of one UTC day. */
    public static String statsDay(String workspaceId, LocalDate day) {
        return STATS + workspaceId + "#" + day;
    }

    /** A stats cell of a workspace without write shards: its layout is {@link StatsCellKeys}'. */
    public static Key statsCell(CellKey cell) {
        return statsCell(cell, StatsWriteShards.NONE);
    }

    /** A stats cell, in its write shard of its partition. */
    public static Key statsCell(CellKey cell, StatsWriteShards shards) {
        return StatsCellKeys.key(cell, shards);
    }

    /**
     * Every partition holding the cells of {@code grain} of the family (null: the main cells) whose
     * period starts at {@code at}, one per write shard, which a read of them queries; {@code campaignId} is used only for
     * tracking fields.
     */
    public static List<String> statsPartitions(String workspaceId, Detail family, String campaignId, Grain grain, Instant at,
            StatsWriteShards shards) {
        return StatsCellKeys.partitions(workspaceId, family, campaignId, grain, at, shards);
    }

    /** The cell whose {@link #statsCell} key is {@code partition} and {@code sort}. */
    public static CellKey statsCellOf(String partition, String sort) {
        return StatsCellKeys.cellOf(partition, sort);
    }

    /** The stats aggregator's checkpoint of one stream shard: the last sequence number applied. */
    public static Key statsCheckpoint(String shardId) {
        return key("CHECKPOINT#" + shardId, "CHECKPOINT");
    }

    /** The partition of a visit and everything that follows it (clicks, conversions), under its click id. */
    static String clickPartition(String clickId) {
        return "CLICK#" + clickId;
    }

    private static Key key(String partition, String sort) {
        return Key.builder().partitionValue(partition).sortValue(sort).build();
    }
}
