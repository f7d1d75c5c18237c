package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Every primary and index key of every item, built in one place. */
public final class Keys {

    private static final String STATS = "STATS#";
    /** Stands for a dimension without value; URL-encoding turns a real {@code ~} into {@code %7E}. */
    private static final String NO_VALUE = "~";

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

    /** The ECB reference rates of one publication day; the days of the partition sort by date. */
    public static Key ecbRates(LocalDate day) {
        return key("RATES#ECB", "DAY#" + day);
    }

    public static Key visit(String clickId) {
        return key(click(clickId), "VISIT");
    }

    /** A click of a visit on one offer: at most one per visit and offer. */
    public static Key click(String clickId, String offerId) {
        return key(click(clickId), "CLICK#" + offerId);
    }

    /** A conversion of a click in one slot. */
    public static Key conversion(String clickId, ConversionSlot slot) {
        return key(click(clickId), "CONVERSION#" + slot(slot));
    }

    /** A conversion slot as stored: {@code TX#<txid>}, {@code SINGLE}, or {@code DUP#<token>}. */
    public static String slot(ConversionSlot slot) {
        return switch (slot.kind()) {
            case TXID -> "TX#" + slot.value();
            case SINGLE -> "SINGLE";
            case DUPLICATE -> "DUP#" + slot.value();
        };
    }

    /** The postback log of an account ({@code _unknown} for postbacks of unknown clicks). */
    /** The partition of an account's audit trail in the events table. */
    public static String auditOf(String accountId) {
        return "AUDIT#" + accountId;
    }

    public static String postbackLogOf(String accountId) {
        return "POSTBACKLOG#" + (accountId == null ? "_unknown" : accountId);
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

    /**
     * A stats cell: partitioned by workspace and UTC day, sorted by bucket start and then by the
     * dimension values (each URL-encoded, so none holds a {@code #}; {@code ~} for none) so a time
     * range is one key range. The key is the cell's only copy of its dimensions: {@link #statsCellOf}
     * reads them back, which keeps a cell item, and every report's read, half as large.
     */
    public static Key statsCell(CellKey cell) {
        Dimensions dimensions = cell.dimensions();
        StringBuilder sort = new StringBuilder(cell.bucket().toString());
        for (String value : Arrays.asList(dimensions.campaignId(), dimensions.offerId(), dimensions.landerId(),
                dimensions.networkId(), dimensions.trafficSourceId(), dimensions.country(), dimensions.deviceType(), dimensions.os(),
                dimensions.browser(), dimensions.conversionType())) {
            sort.append('#').append(value == null ? NO_VALUE : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return key(statsDay(cell.workspaceId(), LocalDate.ofInstant(cell.bucket(), ZoneOffset.UTC)), sort.toString());
    }

    /** The cell whose {@link #statsCell} key is {@code partition} and {@code sort}. */
    public static CellKey statsCellOf(String partition, String sort) {
        String workspaceId = partition.substring(STATS.length(), partition.lastIndexOf('#'));
        List<String> values = Arrays.stream(sort.split("#", -1))
                .map(value -> value.equals(NO_VALUE) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8))
                .toList();
        return new CellKey(workspaceId, Instant.parse(values.get(0)), new Dimensions(values.get(1), values.get(2), values.get(3),
                values.get(4), values.get(5), values.get(6), values.get(7), values.get(8), values.get(9), values.get(10)));
    }

    /** The stats aggregator's checkpoint of one stream shard: the last sequence number applied. */
    public static Key statsCheckpoint(String shardId) {
        return key("CHECKPOINT#" + shardId, "CHECKPOINT");
    }

    private static String click(String clickId) {
        return "CLICK#" + clickId;
    }

    private static Key key(String partition, String sort) {
        return Key.builder().partitionValue(partition).sortValue(sort).build();
    }
}
