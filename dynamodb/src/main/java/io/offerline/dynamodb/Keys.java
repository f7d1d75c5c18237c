package io.offerline.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Every primary and index key of every item, built in one place. */
public final class Keys {

    private Keys() {
    }

    public static Key account(String accountId) {
        return key("ACCOUNT#" + accountId, "ACCOUNT");
    }

    public static Key apiKey(String keyHash) {
        return key("APIKEY#" + keyHash, "APIKEY");
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

    public static Key campaign(String campaignId) {
        return key("CAMPAIGN#" + campaignId, "CAMPAIGN");
    }

    /** Index partition listing a workspace's campaigns. */
    public static String campaignsOf(String workspaceId) {
        return "WORKSPACE#" + workspaceId + "#CAMPAIGNS";
    }

    public static Key visit(String clickId) {
        return key(click(clickId), "VISIT");
    }

    /** A conversion without txid takes the one slot a click has for it. */
    public static Key conversion(String clickId, String txid) {
        return key(click(clickId), txid == null ? "CONVERSION" : "CONVERSION#TX#" + txid);
    }

    /** Index partition holding an offer's raw events. */
    public static String eventsOfOffer(String offerId) {
        return "OFFER#" + offerId;
    }

    /** Index sort key: events by time, then click. */
    public static String eventTime(java.time.Instant at, String clickId) {
        return at + "#" + clickId;
    }

    private static String click(String clickId) {
        return "CLICK#" + clickId;
    }

    private static Key key(String partition, String sort) {
        return Key.builder().partitionValue(partition).sortValue(sort).build();
    }
}
