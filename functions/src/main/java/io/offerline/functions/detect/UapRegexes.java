package io.offerline.functions.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua_parser.OS;
import ua_parser.OSParser;
import ua_parser.UserAgent;
import ua_parser.UserAgentParser;

/**
 * uap-core's rules as shipped inside uap-java (read from their compact form, {@link UapRules}), loaded once:
 * uap-java's own parsers for the browser and the OS, and {@link DeviceRule}s for the device (they also keep brand
 * and model).
 */
final class UapRegexes {

    private static final String OTHER = "Other";

    private final UserAgentParser browsers;
    private final OSParser systems;
    private final List<DeviceRule> devices;

    UapRegexes() {
        this(UapRules.bundled());
    }

    UapRegexes(Map<String, List<Map<String, String>>> sections) {
        this.browsers = UserAgentParser.fromList(section(sections, "user_agent_parsers"));
        this.systems = OSParser.fromList(section(sections, "os_parsers"));
        this.devices = deviceRules(section(sections, "device_parsers"));
    }

    ParsedUserAgent parse(String userAgent) {
        UserAgent browser = browsers.parse(userAgent);
        OS system = systems.parse(userAgent);
        return new ParsedUserAgent(known(browser.family), version(browser.major, browser.minor),
                known(system.family), version(system.major, system.minor), device(userAgent));
    }

    private DeviceMatch device(String userAgent) {
        for (DeviceRule rule : devices) {
            DeviceMatch match = rule.match(userAgent);
            if (match != null) {
                return match;
            }
        }
        return DeviceMatch.OTHER;
    }

    private String known(String family) {
        return family == null || OTHER.equals(family) ? null : family;
    }

    private String version(String major, String minor) {
        if (major == null || major.isEmpty()) {
            return null;
        }
        return minor == null || minor.isEmpty() ? major : major + "." + minor;
    }

    private List<Map<String, String>> section(Map<String, List<Map<String, String>>> sections, String name) {
        List<Map<String, String>> entries = sections.get(name);
        if (entries == null) {
            throw new IllegalStateException(name + " is missing from uap-core's rules");
        }
        return entries;
    }

    private List<DeviceRule> deviceRules(List<Map<String, String>> entries) {
        List<DeviceRule> rules = new ArrayList<>(entries.size());
        for (Map<String, String> entry : entries) {
            rules.add(new DeviceRule(entry));
        }
        return List.copyOf(rules);
    }
}
