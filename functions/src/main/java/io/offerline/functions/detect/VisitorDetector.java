package io.offerline.functions.detect;

import io.offerline.core.visitor.Visitor;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.tracking.VisitorSignals;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Country, device, OS, browser, language and bot flag for a visit, and its network and place
 * ({@link VisitorNetwork}: ISP, connection type, region and city). Country: CloudFront's
 * {@code CloudFront-Viewer-Country} when the deployment passes it on (it then trusts it) and it is a real
 * ISO code, else the bundled IP database. Never throws: a part that fails stays unknown and the rest is still detected.
 */
public final class VisitorDetector implements VisitorDetection {

    private static final Logger LOG = System.getLogger(VisitorDetector.class.getName());
    // Browsers send a handful of distinct headers; parsing one builds a Locale, which costs more than the rest of detection.
    private static final int CACHED_LANGUAGE_HEADERS = 256;
    private static final String NO_LANGUAGE = "";

    private final CountryLookup countries;
    private final UserAgentDetection userAgents;
    private final VisitorNetwork network;
    private final LruCache<String, String> languages = new LruCache<>(CACHED_LANGUAGE_HEADERS);

    /** A detector that leaves the visitor's network and place unknown. */
    public VisitorDetector(CountryLookup countries, UserAgentDetection userAgents) {
        this(countries, userAgents, VisitorNetwork.NONE);
    }

    public VisitorDetector(CountryLookup countries, UserAgentDetection userAgents, VisitorNetwork network) {
        this.countries = countries;
        this.userAgents = userAgents;
        this.network = network;
    }

    @Override
    public Visitor detect(VisitorSignals signals) {
        if (signals == null) {
            return Visitor.UNKNOWN;
        }
        DeviceProfile device = device(signals);
        Visitor visitor = new Visitor(country(signals), null, null, device.deviceType(), device.brand(), device.model(),
                device.os(), device.osVersion(), device.browser(), device.browserVersion(), language(signals), device.bot());
        return network.locate(visitor, signals.ip());
    }

    private String country(VisitorSignals signals) {
        try {
            String fromCloudFront = CountryCodes.normalize(signals.cloudFrontCountry());
            return fromCloudFront != null ? fromCloudFront : countries.countryOf(signals.ip());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Country detection failed; the visit keeps no country", failure);
            return null;
        }
    }

    private DeviceProfile device(VisitorSignals signals) {
        DeviceProfile profile = userAgentProfile(signals);
        return signals.prefetch() ? profile.asBot() : profile;
    }

    private DeviceProfile userAgentProfile(VisitorSignals signals) {
        try {
            return userAgents.detect(signals.userAgent(), signals.clientHintMobile(), signals.clientHintPlatform());
        } catch (RuntimeException | StackOverflowError failure) {
            // java.util.regex recurses per character on some patterns; a pathological header must not end the request.
            LOG.log(Level.WARNING, "User agent detection failed; the visit keeps no device", failure);
            return DeviceProfile.UNKNOWN;
        }
    }

    private String language(VisitorSignals signals) {
        String header = signals.acceptLanguage();
        if (header == null) {
            return null;
        }
        String language = languages.get(header, VisitorDetector::firstTag);
        return language.equals(NO_LANGUAGE) ? null : language;
    }

    private static String firstTag(String header) {
        try {
            String tag = AcceptLanguage.firstTag(header);
            return tag == null ? NO_LANGUAGE : tag;
        } catch (RuntimeException failure) {
            return NO_LANGUAGE;
        }
    }
}
