package io.offerline.functions.detect;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.offerline.core.tracking.VisitorDetection;
import jakarta.inject.Singleton;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;

/**
 * The visitor detection of the tracking functions: the IP databases and the user-agent rules,
 * loaded once per warm function. The country database and the ASN table are bundled; city
 * databases are read only when {@code offerline.geo.city-databases} names them (comma-separated
 * MMDB files, e.g. from a Lambda layer under {@code /opt}).
 */
@Factory
public class DetectionFactory {

    private static final Logger LOG = System.getLogger(DetectionFactory.class.getName());

    @Singleton
    VisitorDetection visitorDetection(@Value("${offerline.geo.city-databases:}") String cityDatabases) {
        return new VisitorDetector(bundledCountries(), userAgents(), new VisitorNetwork(bundledNetworks(), cities(cityDatabases)));
    }

    private AsnTable bundledNetworks() {
        long started = System.nanoTime();
        try (InputStream table = DetectionFactory.class.getResourceAsStream(AsnTable.BUNDLED)) {
            if (table == null) {
                throw new IllegalStateException(AsnTable.BUNDLED + " is missing from the function's jar");
            }
            AsnTable networks = AsnTable.read(table);
            LOG.log(Level.INFO, "ASN table {0} read in {1} ms", networks, elapsedMillis(started));
            return networks;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + AsnTable.BUNDLED, unreadable);
        }
    }

    /** Null without configured files: regions and cities then stay unknown. */
    private CityLookup cities(String configured) {
        List<File> files = Arrays.stream(configured.split(",")).map(String::strip).filter(name -> !name.isEmpty()).map(File::new).toList();
        if (files.isEmpty()) {
            return null;
        }
        CityLookup cities = CityLookup.open(files);
        LOG.log(Level.INFO, "City databases opened: {0}", cities.describe());
        return cities;
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
