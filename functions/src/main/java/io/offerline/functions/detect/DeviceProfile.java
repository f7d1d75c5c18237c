package io.offerline.functions.detect;

import io.offerline.core.visitor.DeviceType;

/** What a user agent and its client hints say about the visitor's device; text fields are null when unknown. */
public record DeviceProfile(
        DeviceType deviceType,
        String brand,
        String model,
        String os,
        String osVersion,
        String browser,
        String browserVersion,
        boolean bot) {

    /** A request without a user agent: no browser sends one, scripts and some crawlers do. */
    public static final DeviceProfile NO_USER_AGENT = new DeviceProfile(DeviceType.BOT, null, null, null, null, null, null, true);

    public static final DeviceProfile UNKNOWN = new DeviceProfile(DeviceType.UNKNOWN, null, null, null, null, null, null, false);

    /** The same device as another type (the one the client hints settle on). */
    DeviceProfile withDeviceType(DeviceType type) {
        return new DeviceProfile(type, brand, model, os, osVersion, browser, browserVersion, bot);
    }

    /** The same device, flagged as a bot (a prefetch, say). */
    public DeviceProfile asBot() {
        return new DeviceProfile(DeviceType.BOT, brand, model, os, osVersion, browser, browserVersion, true);
    }
}
