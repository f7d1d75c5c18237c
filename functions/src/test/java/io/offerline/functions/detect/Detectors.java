package io.offerline.functions.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled database and user-agent rules, loaded once for all tests of this package (they take ~1 s). */
final class Detectors {

    private static CountryLookup countries;
    private static UserAgentDetection userAgents;
    private static AsnTable networks;

    private Detectors() {
    }

    static synchronized CountryLookup countries() {
        if (countries == null) {
            countries = openBundledDatabase();
        }
        return countries;
    }

    static synchronized UserAgentDetection userAgents() {
        if (userAgents == null) {
            userAgents = new UserAgentDetection();
        }
        return userAgents;
    }

    static synchronized AsnTable networks() {
        if (networks == null) {
            try (InputStream table = Detectors.class.getResourceAsStream(AsnTable.BUNDLED)) {
                networks = AsnTable.read(table);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return networks;
    }

    static VisitorDetector visitorDetector() {
        return new VisitorDetector(countries(), userAgents());
    }

    private static CountryLookup openBundledDatabase() {
        try (InputStream database = Detectors.class.getResourceAsStream(CountryLookup.BUNDLED_DATABASE)) {
            return new CountryLookup(database);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
