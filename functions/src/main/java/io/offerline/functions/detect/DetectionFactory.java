package io.offerline.functions.detect;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.tracking.VisitorDetection;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** The visitor detection of the tracking functions: the IP database and the user-agent rules, loaded once per warm function. */
@Factory
public class DetectionFactory {

    private static final Logger LOG = System.getLogger(DetectionFactory.class.getName());

    @Singleton
    VisitorDetection visitorDetection() {
        return new VisitorDetector(bundledCountries(), userAgents());
    }

    private CountryLookup bundledCountries() {
        long started = System.nanoTime();
        try (InputStream database = DetectionFactory.class.getResourceAsStream(CountryLookup.BUNDLED_DATABASE)) {
            if (database == null) {
                throw new IllegalStateException(CountryLookup.BUNDLED_DATABASE + " is missing from the function's jar");
            }
            CountryLookup countries = new CountryLookup(database);
            LOG.log(Level.INFO, "Country database built {0} opened in {1} ms", countries.buildDate(), elapsedMillis(started));
            return countries;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + CountryLookup.BUNDLED_DATABASE, unreadable);
        }
    }

    private UserAgentDetection userAgents() {
        long started = System.nanoTime();
        UserAgentDetection userAgents = new UserAgentDetection();
        LOG.log(Level.INFO, "User agent rules loaded in {0} ms", elapsedMillis(started));
        return userAgents;
    }

    private long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
