package io.offerline.core.stats;

/**
 * The report dimensions of one event below its workspace; any value may be null where it does not
 * apply (no lander, a visit before any offer, a visit has no conversion type) or is unknown.
 */
public record Dimensions(
        String campaignId,
        String offerId,
        String landerId,
        String networkId,
        String trafficSourceId,
        String country,
        String deviceType,
        String os,
        String browser,
        String conversionType) {

    /** No dimension known. */
    public static final Dimensions NONE = new Dimensions(null, null, null, null, null, null, null, null, null, null);

    /**
     * These dimensions with each missing value taken from {@code context}: a click or conversion
     * carries its own offer and type, and inherits where its visit came from.
     */
    public Dimensions completedBy(Dimensions context) {
        return new Dimensions(
                firstKnown(campaignId, context.campaignId),
                firstKnown(offerId, context.offerId),
                firstKnown(landerId, context.landerId),
                firstKnown(networkId, context.networkId),
                firstKnown(trafficSourceId, context.trafficSourceId),
                firstKnown(country, context.country),
                firstKnown(deviceType, context.deviceType),
                firstKnown(os, context.os),
                firstKnown(browser, context.browser),
                firstKnown(conversionType, context.conversionType));
    }

    private static String firstKnown(String own, String inherited) {
        return own != null ? own : inherited;
    }
}
