package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    @Test
    void contains_matchesTheFirstPrefixBitsOnly_whenThePrefixEndsInsideAByte() {
        AddressBlock block = new AddressBlock("172.16.0.0/12");

        assertThat(block.contains(IpLiteral.parse("172.16.0.0"))).isTrue();
        assertThat(block.contains(IpLiteral.parse("172.31.255.255"))).isTrue();
        assertThat(block.contains(IpLiteral.parse("172.15.255.255"))).isFalse();
        assertThat(block.contains(IpLiteral.parse("172.32.0.0"))).isFalse();
    }

    @Test
    void contains_neverMatches_whenTheFamiliesDiffer() {
        assertThat(new AddressBlock("::/96").contains(IpLiteral.parse("0.0.0.1"))).isFalse();
        assertThat(new AddressBlock("fc00::/7").contains(IpLiteral.parse("fdff::1"))).isTrue();
        assertThat(new AddressBlock("fc00::/7").contains(IpLiteral.parse("fe00::1"))).isFalse();
    }

    @Test
    void create_fails_whenThePrefixDoesNotFit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressBlock("10.0.0.0/33"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressBlock("example.com/8"));
    }
}
