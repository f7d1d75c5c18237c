package io.offerline.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @Test
    void parse_readsASingleIpv4Address_asItsOwnRange() {
        IpRange range = IpRange.parse("ip", " 203.0.113.7 ");

        assertThat(range.toString()).isEqualTo("203.0.113.7");
        assertThat(range.prefixLength()).isEqualTo(32);
        assertThat(range.contains(address("203.0.113.7"))).isTrue();
        assertThat(range.contains(address("203.0.113.8"))).isFalse();
    }

    @Test
    void contains_matchesExactlyTheAddressesOfAnIpv4Cidr() {
        IpRange range = IpRange.parse("ip", "198.51.100.0/22");

        assertThat(range.contains(address("198.51.100.0"))).isTrue();
        assertThat(range.contains(address("198.51.103.255"))).isTrue();
        assertThat(range.contains(address("198.51.104.0"))).isFalse();
        assertThat(range.contains(address("198.51.99.255"))).isFalse();
        assertThat(range.contains(address("2001:db8::1"))).isFalse();
    }

    @Test
    void contains_matchesExactlyTheAddressesOfAnIpv6Cidr() {
        IpRange range = IpRange.parse("ip", "2001:DB8:0:0::/32");

        assertThat(range.toString()).isEqualTo("2001:db8::/32");
        assertThat(range.isIpv6()).isTrue();
        assertThat(range.contains(address("2001:db8:ffff::1"))).isTrue();
        assertThat(range.contains(address("2001:db9::"))).isFalse();
        assertThat(range.contains(address("203.0.113.7"))).isFalse();
    }

    @Test
    void contains_treatsIpv4MappedIpv6AsTheIpv4Address_whenTheRangeIsIpv4() throws UnknownHostException {
        IpRange range = IpRange.parse("ip", "203.0.113.0/24");
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 203, 0, 113, 9};

        assertThat(range.contains(java.net.Inet6Address.getByAddress(null, mapped, null))).isTrue();
        assertThat(IpRange.parse("ip", "::ffff:203.0.113.0/120").contains(address("203.0.113.200"))).isTrue();
    }

    @Test
    void parse_acceptsEveryIpv6Spelling_andShowsTheRfc5952Form() {
        assertThat(IpRange.parse("ip", "::").toString()).isEqualTo("::");
        assertThat(IpRange.parse("ip", "::1").toString()).isEqualTo("::1");
        assertThat(IpRange.parse("ip", "2001:0db8:0000:0000:0001:0000:0000:0001").toString()).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpRange.parse("ip", "2001:db8:0:1:1:1:1:1").toString()).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(IpRange.parse("ip", "fe80::").toString()).isEqualTo("fe80::");
        assertThat(IpRange.parse("ip", "::FFFF:192.0.2.1").toString()).isEqualTo("::ffff:192.0.2.1");
        assertThat(IpRange.parse("ip", "64:ff9b::192.0.2.33").toString()).isEqualTo("64:ff9b::c000:221");
        assertThat(IpRange.parse("ip", "0.0.0.0/0").contains(address("8.8.8.8"))).isTrue();
        assertThat(IpRange.parse("ip", "::/0").contains(address("2001:db8::"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "1..3.4",
        "1.2.3.4:80", "2001:db8::1::1", "2001:db8:1:2:3:4:5:6:7", "2001:db8:1:2:3:4:5", ":1::", "1::2:", "12345::",
        "fe80::1%eth0", "::ffff:1.2.3.256", "1.2.3.4::", "g::1", "1.2.3.4/", "1.2.3.4/x", "1.2.3.4/-1", "/24", " "})
    void parse_rejectsWhatIsNotAnAddressOrRange_namingTheField(String text) {
        assertThatThrownBy(() -> IpRange.parse("postbackIpAllowlist.3", text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("postbackIpAllowlist.3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/999", "2001:db8::/129"})
    void parse_rejectsAPrefixBeyondTheAddressLength(String text) {
        assertThatThrownBy(() -> IpRange.parse("ip", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid prefix length");
    }

    @Test
    void parse_rejectsARangeThatDoesNotStartAtItsFirstAddress_suggestingBoth() {
        assertThatThrownBy(() -> IpRange.parse("ip", "10.1.2.3/8"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10.0.0.0/8")
                .hasMessageContaining("10.1.2.3 for the single address");
    }

    @Property
    void parse_readsBackItsOwnText_andContainsItsFirstAddress_forAnyIpv4Range(
            @ForAll @Size(4) byte[] bytes, @ForAll @IntRange(min = 0, max = 32) int prefix) throws UnknownHostException {
        InetAddress first = InetAddress.getByAddress(maskedCopy(bytes, prefix));
        IpRange range = IpRange.parse("ip", first.getHostAddress() + "/" + prefix);

        assertThat(IpRange.parse("ip", range.toString())).isEqualTo(range);
        assertThat(range.contains(first)).isTrue();
        assertThat(range.contains(InetAddress.getByAddress(bytes))).isTrue();
    }

    @Property
    void parse_readsBackItsOwnText_andContainsTheAddress_forAnyIpv6Address(@ForAll @Size(16) byte[] bytes) throws UnknownHostException {
        IpRange range = IpRange.parse("ip", java.net.Inet6Address.getByAddress(null, bytes, null).getHostAddress());

        assertThat(IpRange.parse("ip", range.toString())).isEqualTo(range);
        assertThat(range.contains(InetAddress.getByAddress(bytes))).isTrue();
    }

    private static byte[] maskedCopy(byte[] bytes, int prefix) {
        byte[] copy = bytes.clone();
        for (int index = 0; index < copy.length; index++) {
            int bits = Math.max(0, Math.min(8, prefix - index * 8));
            copy[index] = (byte) (copy[index] & (0xff << (8 - bits)));
        }
        return copy;
    }

    /** Test addresses from plain literals (no embedded IPv4), built by hand so no test resolves a name. */
    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByAddress(literal.contains(":") ? ipv6Bytes(literal) : ipv4Bytes(literal));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] ipv4Bytes(String literal) {
        String[] parts = literal.split("\\.");
        byte[] bytes = new byte[4];
        for (int index = 0; index < 4; index++) {
            bytes[index] = (byte) Integer.parseInt(parts[index]);
        }
        return bytes;
    }

    private static byte[] ipv6Bytes(String compressed) {
        String[] halves = compressed.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        byte[] bytes = new byte[16];
        fill(bytes, 0, head);
        fill(bytes, 8 - tail.length, tail);
        return bytes;
    }

    private static void fill(byte[] bytes, int firstGroup, String[] groups) {
        for (int index = 0; index < groups.length; index++) {
            int value = Integer.parseInt(groups[index], 16);
            bytes[(firstGroup + index) * 2] = (byte) (value >> 8);
            bytes[(firstGroup + index) * 2 + 1] = (byte) value;
        }
    }
}
