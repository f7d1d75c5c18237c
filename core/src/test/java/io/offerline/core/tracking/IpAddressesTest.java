package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void truncate_keepsTheFirst24BitsOfIpv4() {
        assertThat(IpAddresses.truncate("203.0.113.77")).isEqualTo("203.0.113.0");
    }

    @Test
    void truncate_keepsTheFirst48BitsOfIpv6() {
        assertThat(IpAddresses.truncate("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::");
        assertThat(IpAddresses.truncate("2001:db8::1")).isEqualTo("2001:db8::");
    }

    @Test
    void truncate_givesNull_forWhatIsNoIpLiteral() {
        assertThat(IpAddresses.truncate(null)).isNull();
        assertThat(IpAddresses.truncate("example.com")).isNull();
        assertThat(IpAddresses.truncate("1.2.3.4.5")).isNull();
        assertThat(IpAddresses.truncate("256.1.1.1")).isNull();
    }
}
