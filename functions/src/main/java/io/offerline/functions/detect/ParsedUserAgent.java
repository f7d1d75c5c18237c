package io.offerline.functions.detect;

/**
 * A user agent as uap-core's rules read it. Browser and OS are null when the rules do not know them;
 * versions are {@code major.minor} (or just {@code major}).
 */
record ParsedUserAgent(String browser, String browserVersion, String os, String osVersion, DeviceMatch device) {
}
