package io.offerline.core.stats;

import java.util.Objects;

/**
 * The report dimensions of one event below its workspace; any value may be null where it does not
 * apply (no lander, a visit before any offer, a visit has no conversion type) or is unknown.
 *
 * @param path the name of the campaign path the visit took
 * @param language the visitor's language, as detected
 * @param connectionType the kind of the visitor's network ({@code MOBILE}, {@code HOSTING}, {@code OTHER}), as detected
 * @param conversionStatus null on events and stored cells, which count every status in counters of
 *     its own; set only on the parts a report splits a cell into ({@link Cell#byStatus()})
 * @param details an event's high-cardinality values; a stored cell's one detail, or none
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
        String conversionType,
        String path,
        String language,
        String connectionType,
        String conversionStatus,
        Details details) {

    /** No dimension known. */
    public static final Dimensions NONE = new Dimensions(null, null, null, null, null, null, null, null, null, null);

    public Dimensions {
        details = details == null ? Details.NONE : details;
    }

    /** The dimensions of a cell before connection types were counted. */
    public Dimensions(String campaignId, String offerId, String landerId, String networkId, String trafficSourceId, String country,
            String deviceType, String os, String browser, String conversionType, String path, String language, String conversionStatus,
            Details details) {
        this(campaignId, offerId, landerId, networkId, trafficSourceId, country, deviceType, os, browser, conversionType, path, language,
                null, conversionStatus, details);
    }

    /** The dimensions every cell had before paths, languages and details were counted. */
    public Dimensions(String campaignId, String offerId, String landerId, String networkId, String trafficSourceId, String country,
            String deviceType, String os, String browser, String conversionType) {
        this(campaignId, offerId, landerId, networkId, trafficSourceId, country, deviceType, os, browser, conversionType, null, null,
                null, Details.NONE);
    }

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
                firstKnown(conversionType, context.conversionType),
                firstKnown(path, context.path),
                firstKnown(language, context.language),
                firstKnown(connectionType, context.connectionType),
                firstKnown(conversionStatus, context.conversionStatus),
                details.completedBy(context.details));
    }

    /** These dimensions without details: the key of a main cell. */
    public Dimensions withoutDetails() {
        return new Dimensions(campaignId, offerId, landerId, networkId, trafficSourceId, country, deviceType, os, browser,
                conversionType, path, language, connectionType, conversionStatus, Details.NONE);
    }

    /**
     * The key of a cell of {@code detail}'s family: its value and the dimensions that family keeps
     * (the entities, the country and the device type); the others would multiply its cells.
     */
    public Dimensions forDetail(Detail detail) {
        return new Dimensions(campaignId, offerId, landerId, networkId, trafficSourceId, country, deviceType, null, null, null, null,
                null, conversionStatus, Details.only(detail, Objects.requireNonNull(details.value(detail), "detail value")));
    }

    /** These dimensions as one status's part of a cell. */
    public Dimensions withConversionStatus(String status) {
        return new Dimensions(campaignId, offerId, landerId, networkId, trafficSourceId, country, deviceType, os, browser,
                conversionType, path, language, connectionType, status, details);
    }

    private static String firstKnown(String own, String inherited) {
        return own != null ? own : inherited;
    }
}
