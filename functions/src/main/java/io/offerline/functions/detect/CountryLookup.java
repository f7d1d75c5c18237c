package io.offerline.functions.detect;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Instant;

/**
 * Country of a public IP address from an MMDB country database held in memory.
 * The open database has countries only, so there is no region or city to read.
 */
public final class CountryLookup {

    /** The bundled database; see {@code geo/NOTICE.md} for where it comes from and how to update it. */
    public static final String BUNDLED_DATABASE = "/geo/geo-whois-asn-country.mmdb";

    private final Reader reader;

    /** Reads the whole database into memory; the stream is left for the caller to close. */
    public CountryLookup(InputStream database) throws IOException {
        // A country database has a few hundred distinct records, so the decoded-record cache stays small.
        this.reader = new Reader(database, new CHMCache());
    }

    /** The ISO 3166-1 alpha-2 code for {@code ip}, or null for garbage, non-public or unknown addresses. */
    public String countryOf(String ip) {
        InetAddress address = IpLiteral.parse(ip);
        if (address == null || NonPublicAddresses.contains(address)) {
            return null;
        }
        try {
            CountryRecord found = reader.get(address, CountryRecord.class);
            return found == null ? null : CountryCodes.normalize(found.countryCode());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public Instant buildDate() {
        return reader.getMetadata().getBuildDate().toInstant();
    }
}
