package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountryLookupTest {

    private final CountryLookup countries = Detectors.countries();

    // Each pair was checked in the bundled database itself (2.3.2026061719) before being pinned here.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "8.8.8.8, US",
        "193.99.144.80, DE",
        "81.2.69.160, GB",
        "133.242.0.1, JP",
        "200.160.2.3, BR",
        "1.1.1.1, AU",
        "2001:4860:4860::8888, US",
        "2a01:4f8::1, DE",
        "[2a01:4f8::1], DE",
        "2001:67c:2e8:22::c100:68b, NL",
        "::ffff:8.8.8.8, US",
        "' 8.8.8.8 ', US"
    })
    void countryOf_findsTheCountry_forPublicAddresses(String ip, String country) {
        assertThat(countries.countryOf(ip)).isEqualTo(country);
    }

    // The database puts AU on 192.168/16 and 172.16/12 and JP on 2001:db8::/32: these must never reach it.
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.5.4", "172.31.255.254", "192.168.1.1", "127.0.0.1", "169.254.1.1",
        "100.64.0.1", "198.51.100.23", "203.0.113.9", "192.0.2.1", "198.18.0.1", "224.0.0.1", "255.255.255.255",
        "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "fc00::1", "2001:db8::1", "ff02::1", "::192.168.1.1",
        "::ffff:192.168.1.1"})
    void countryOf_returnsNull_forNonPublicAddresses(String ip) {
        assertThat(countries.countryOf(ip)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "not-an-ip", "256.1.1.1", "1.2.3", "1.2.3.4.5", "12345", "8.8.8.8, 1.1.1.1", "8.8.8.8:443",
        "::ffff:1.2.3", "1:2:3:4:5:6:7:8:9", "abc:def", "fe80::1%eth0", "[8.8.8.8", "0x08.8.8.8", "８.８.８.８"})
    void countryOf_returnsNull_forGarbage(String ip) {
        assertThat(countries.countryOf(ip)).isNull();
    }

    @Test
    void countryOf_returnsNull_forHostNames_withoutResolvingThem() {
        // dns.google resolves to 8.8.8.8, which is US: a lookup would have found a country.
        assertThat(countries.countryOf("dns.google")).isNull();
    }

    @Test
    void buildDate_readsTheDatabaseMetadata() {
        assertThat(countries.buildDate()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
