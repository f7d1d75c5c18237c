package io.offerline.core.visitor;

/**
 * What Offerline detected about a visitor. Text fields are null when unknown.
 *
 * @param country ISO 3166-1 alpha-2, upper case
 * @param region the first-level subdivision (state, province) as the city database names it
 * @param isp the organisation of the visitor's autonomous system, e.g. {@code Deutsche Telekom AG}
 * @param connectionType the kind of that network, or null when the address is in no known network
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
        boolean bot,
        String isp,
        ConnectionType connectionType) {

    public static final Visitor UNKNOWN = new Visitor(null, null, null, DeviceType.UNKNOWN, null, null, null, null, null, null, null, false);

    /** A visitor whose network is not known. */
    public Visitor(String country, String region, String city, DeviceType deviceType, String brand, String model, String os,
            String osVersion, String browser, String browserVersion, String language, boolean bot) {
        this(country, region, city, deviceType, brand, model, os, osVersion, browser, browserVersion, language, bot, null, null);
    }

    /** This visitor as seen from {@code isp}'s network, of kind {@code connectionType}, in {@code region} and {@code city}. */
    public Visitor withNetwork(String isp, ConnectionType connectionType, String region, String city) {
        return new Visitor(country, region, city, deviceType, brand, model, os, osVersion, browser, browserVersion, language, bot, isp,
                connectionType);
    }
}
