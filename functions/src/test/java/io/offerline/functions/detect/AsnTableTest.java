package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AsnTableTest {

    private final AsnTable bundled = Detectors.networks();

    // Each row was checked in the package's CSV files (@ip-location-db/asn 2.3.2026061719) before being pinned here.
    @ParameterizedTest(name = "{0} -> AS{1}")
    @CsvSource(delimiter = '|', value = {
        "8.8.8.8 | 15169 | Google LLC",
        "1.1.1.1 | 13335 | Cloudflare, Inc.",
        "52.95.110.1 | 16509 | Amazon.com, Inc.",
        "172.58.0.1 | 21928 | T-Mobile USA, Inc.",
        "80.187.0.1 | 3320 | Deutsche Telekom AG",
        "73.0.0.1 | 7922 | Comcast Cable Communications, LLC",
        "2a01:4f8::1 | 24940 | Hetzner Online GmbH",
        "2001:4860:4860::8888 | 15169 | Google LLC",
        "::ffff:8.8.8.8 | 15169 | Google LLC"
    })
    void find_bundledTable_namesTheNetwork(String ip, long number, String organisation) {
        assertThat(bundled.find(ip)).isEqualTo(new AutonomousSystem(number, organisation));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"10.0.0.1", "192.168.1.1", "127.0.0.1", "100.64.0.1", "2001:db8::1", "fe80::1", "not-an-ip", "256.1.1.1",
        "223.255.255.1"})
    void find_returnsNull_forNonPublicUnknownOrGarbageAddresses(String ip) {
        assertThat(bundled.find(ip)).isNull();
    }

    @Test
    void read_bundledTable_saysWhereItComesFrom() {
        assertThat(bundled.source()).isEqualTo("@ip-location-db/asn 2.3.2026061719");
        assertThat(bundled.ranges()).isGreaterThan(500_000);
    }

    @Test
    void find_builtTable_findsRangeEdges_quotedNames_and32BitNumbers_andNothingInTheGaps() throws IOException {
        AsnTable table = built("""
                5.0.0.0,5.0.0.255,64500,"Example, Inc."
                5.0.2.0,5.0.2.255,4294967294,"Quoted ""Name"" Networks"
                2a00:1::,2a00:1:ffff:ffff:ffff:ffff:ffff:ffff,64501,Six Networks
                """);

        assertThat(table.find("5.0.0.0")).isEqualTo(new AutonomousSystem(64500, "Example, Inc."));
        assertThat(table.find("5.0.0.255")).isEqualTo(new AutonomousSystem(64500, "Example, Inc."));
        assertThat(table.find("5.0.1.7")).isNull();
        assertThat(table.find("5.0.2.9")).isEqualTo(new AutonomousSystem(4_294_967_294L, "Quoted \"Name\" Networks"));
        assertThat(table.find("4.255.255.255")).isNull();
        assertThat(table.find("2a00:1:ab::1")).isEqualTo(new AutonomousSystem(64501, "Six Networks"));
        assertThat(table.find("2a00:2::1")).isNull();
    }

    @Test
    void add_lineThatIsNoRange_fails() {
        assertThatThrownBy(() -> new AsnTableBuilder().add(new StringReader("5.0.0.0,5.0.0.255,64500\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not four fields");
    }

    private static AsnTable built(String csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AsnTableBuilder().add(new StringReader(csv)).write("test", out);
        return AsnTable.read(new ByteArrayInputStream(out.toByteArray()));
    }
}
