package io.offerline.functions.detect;

import io.offerline.core.visitor.DeviceType;
import java.util.Locale;

/**
 * The user-agent client hints Chromium browsers send unasked: {@code Sec-CH-UA-Mobile} ({@code ?1} or {@code ?0})
 * and {@code Sec-CH-UA-Platform} (a quoted name such as {@code "Android"}). Safari and Firefox send neither.
 */
record ClientHints(String mobile, String platform) {

    private static final String MOBILE = "?1";
    private static final String NOT_MOBILE = "?0";

    ClientHints {
        mobile = mobile == null ? null : mobile.trim();
        platform = unquoted(platform);
    }

    /** The device type the hints settle on their own, or null when they do not. */
    DeviceType deviceType() {
        if (MOBILE.equals(mobile)) {
            return DeviceType.MOBILE;
        }
        if (platform == null) {
            return null;
        }
        boolean notMobile = NOT_MOBILE.equals(mobile);
        switch (platform) {
            case "android":
                // Chrome on an Android tablet says ?0; a phone in "desktop site" mode does too, and is counted as a tablet.
                return notMobile ? DeviceType.TABLET : null;
            case "ios":
                return notMobile ? DeviceType.TABLET : DeviceType.MOBILE;
            case "windows", "macos", "linux", "chrome os", "chromium os":
                return notMobile ? DeviceType.DESKTOP : null;
            default:
                return null;
        }
    }

    private static String unquoted(String value) {
        if (value == null) {
            return null;
        }
        String name = value.trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).trim();
        }
        return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
    }
}
