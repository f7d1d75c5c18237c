package io.offerline.functions.detect;

import io.offerline.core.visitor.DeviceType;
import java.util.Set;

/**
 * Browser, OS, device and crawler detection from a user agent (uap-core's rules through uap-java) and the
 * client hints. Loading the rules takes a few hundred milliseconds, so make one per warm function; parsing an
 * unseen user agent costs a few milliseconds, so the last {@value #CACHED_USER_AGENTS} are remembered.
 */
public final class UserAgentDetection {

    static final int CACHED_USER_AGENTS = 1_000;
    // Real user agents stay well under this; longer ones are cut so a hostile header cannot make every regex crawl.
    static final int MAX_USER_AGENT_LENGTH = 1_024;
    // Chrome's reduced user agent names every Android device "K"; the others are uap-core's placeholders.
    private static final Set<String> PLACEHOLDER_MODELS = Set.of("K", "Smartphone", "Feature Phone", "Tablet", "Desktop");

    /** All that a user agent says on its own, so that a cached one runs no regex again. */
    private record Reading(DeviceProfile profile, boolean hintsMayDecide) {
    }

    private final UapRegexes regexes;
    private final LruCache<String, Reading> readings = new LruCache<>(CACHED_USER_AGENTS);

    public UserAgentDetection() {
        this(new UapRegexes());
    }

    UserAgentDetection(UapRegexes regexes) {
        this.regexes = regexes;
    }

    /** Never null; an empty or missing user agent is a bot. */
    public DeviceProfile detect(String userAgent, String clientHintMobile, String clientHintPlatform) {
        if (userAgent == null || userAgent.isBlank()) {
            return DeviceProfile.NO_USER_AGENT;
        }
        Reading reading = readings.get(bounded(userAgent.trim()), this::read);
        if (!reading.hintsMayDecide() || (clientHintMobile == null && clientHintPlatform == null)) {
            return reading.profile();
        }
        DeviceType hinted = new ClientHints(clientHintMobile, clientHintPlatform).deviceType();
        return hinted == null ? reading.profile() : reading.profile().withDeviceType(hinted);
    }

    int cachedUserAgents() {
        return readings.size();
    }

    private Reading read(String userAgent) {
        ParsedUserAgent agent = regexes.parse(userAgent);
        boolean crawler = CrawlerTokens.isCrawler(userAgent, agent.device());
        DeviceType special = crawler ? null : DeviceTypeRules.special(userAgent);
        DeviceType type = crawler ? DeviceType.BOT : special != null ? special : DeviceTypeRules.fromUserAgent(userAgent, agent);
        DeviceProfile profile = new DeviceProfile(type, brand(agent.device()), model(agent.device()), agent.os(), agent.osVersion(),
                agent.browser(), agent.browserVersion(), crawler);
        // A TV's, console's or watch's own tokens outrank the client hints; otherwise the hints come before the user agent.
        return new Reading(profile, !crawler && special == null);
    }

    private String bounded(String userAgent) {
        return userAgent.length() > MAX_USER_AGENT_LENGTH ? userAgent.substring(0, MAX_USER_AGENT_LENGTH) : userAgent;
    }

    private String brand(DeviceMatch device) {
        String brand = device.brand();
        // "Generic_Android", "Generic_Android_Tablet", "Generic" and "Spider" describe a rule, not a maker.
        if (brand == null || brand.startsWith("Generic") || "Spider".equals(brand)) {
            return null;
        }
        return brand;
    }

    private String model(DeviceMatch device) {
        String model = device.model();
        if (model == null || PLACEHOLDER_MODELS.contains(model) || "Spider".equals(device.brand())) {
            return null;
        }
        return model;
    }
}
