package io.offerline.functions.detect;

import io.offerline.core.visitor.DeviceType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the device type of a (non-bot) visitor. Order matters: TVs, consoles and watches run Android,
 * Windows or Linux and would otherwise pass for tablets or desktops, so their own tokens come first; then the
 * client hints, which Chromium sends even when its user agent is reduced to "Android 10; K"; then the user agent.
 * An iPad in its default "desktop website" mode sends a Mac user agent and no hints, and counts as a desktop.
 */
final class DeviceTypeRules {

    private static final Pattern TV = Pattern.compile("smart-?tv|smart tv|googletv|google tv|android tv|appletv|apple tv|"
            + "hbbtv|netcast|web0s|bravia|roku|crkey|tv safari|philipstv|\\bviera\\b", Pattern.CASE_INSENSITIVE);
    // Fire TV sticks: "AFTMM", "AFTSSS", ... (Amazon's tablets are "KF..." and stay tablets).
    private static final Pattern FIRE_TV = Pattern.compile("; AFT[A-Z0-9]{1,6}[ ;)]");
    private static final Pattern CONSOLE = Pattern.compile("playstation|xbox|nintendo", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEARABLE = Pattern.compile("watchos|watch os|wear ?os|apple watch|galaxy watch",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLET = Pattern.compile("ipad|tablet|kindle|silk/|playbook", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("iphone|ipod|mobi|phone|opera mini|kaios", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DESKTOP_SYSTEMS = Set.of("Windows", "Mac OS X", "macOS", "Linux", "Ubuntu", "Debian",
            "Fedora", "Red Hat", "SUSE", "Mint", "Chrome OS", "FreeBSD", "OpenBSD", "NetBSD", "Solaris");

    private DeviceTypeRules() {
    }

    /** A TV, console or watch by the user agent's own tokens, which outrank the client hints; else null. */
    static DeviceType special(String userAgent) {
        if (TV.matcher(userAgent).find() || FIRE_TV.matcher(userAgent).find()) {
            return DeviceType.TV;
        }
        if (CONSOLE.matcher(userAgent).find()) {
            return DeviceType.CONSOLE;
        }
        if (WEARABLE.matcher(userAgent).find()) {
            return DeviceType.WEARABLE;
        }
        return null;
    }

    /** The device type by the user agent, when neither its special tokens nor the client hints settle it. */
    static DeviceType fromUserAgent(String userAgent, ParsedUserAgent parsed) {
        if (TABLET.matcher(userAgent).find()) {
            return DeviceType.TABLET;
        }
        if (PHONE.matcher(userAgent).find()) {
            return DeviceType.MOBILE;
        }
        if ("Android".equals(parsed.os()) || userAgent.contains("Android")) {
            // Android phones say "Mobile" (caught above); Android without it is a tablet, as Google asks browsers to do.
            return DeviceType.TABLET;
        }
        if (isDesktopSystem(parsed.os())) {
            return DeviceType.DESKTOP;
        }
        return DeviceType.UNKNOWN;
    }

    private static boolean isDesktopSystem(String os) {
        if (os == null) {
            return false;
        }
        if (DESKTOP_SYSTEMS.contains(os)) {
            return true;
        }
        // Older rules name the release ("Windows 7", "Windows XP"); phones and handhelds are "Windows Phone", "Windows CE".
        return os.startsWith("Windows ") && !os.contains("Phone") && !os.contains("Mobile") && !os.contains("CE");
    }
}
