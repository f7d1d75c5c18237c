package io.offerline.core.visitor;

/**
 * What Offerline detected about a visitor. Text fields are null when unknown.
 *
 * @param country ISO 3166-1 alpha-2, upper case
 * @param bot a crawler, a prefetcher or a request without user agent: recorded, flagged, and kept out of paid numbers
 */
public record Visitor(
        String country,
        String region,
        String city,
        DeviceType deviceType,
        String brand,
        String model,
        String os,
        String osVersion,
        String browser,
        String browserVersion,
        String language,
        boolean bot) {

    public static final Visitor UNKNOWN = new Visitor(null, null, null, DeviceType.UNKNOWN, null, null, null, null, null, null, null, false);
}
