package io.offerline.functions.detect;

import java.net.InetAddress;
import java.util.List;

/**
 * Addresses that do not belong to anyone's public network: private, loopback, link-local, shared
 * (carrier-grade NAT), documentation, benchmarking, multicast and reserved ranges (RFC 6890).
 * The bundled database puts countries on some of them (192.168.0.0/16 comes back as AU), so they are
 * never looked up; and outbound postbacks never call them (a Lambda's metadata endpoint is 169.254.169.254).
 */
public final class NonPublicAddresses {

    private static final List<AddressBlock> BLOCKS = List.of(
            new AddressBlock("0.0.0.0/8"),
            new AddressBlock("10.0.0.0/8"),
            new AddressBlock("100.64.0.0/10"),
            new AddressBlock("127.0.0.0/8"),
            new AddressBlock("169.254.0.0/16"),
            new AddressBlock("172.16.0.0/12"),
            new AddressBlock("192.0.0.0/24"),
            new AddressBlock("192.0.2.0/24"),
            new AddressBlock("192.168.0.0/16"),
            new AddressBlock("198.18.0.0/15"),
            new AddressBlock("198.51.100.0/24"),
            new AddressBlock("203.0.113.0/24"),
            new AddressBlock("224.0.0.0/4"),
            new AddressBlock("240.0.0.0/4"),
            // IPv4-compatible (deprecated) and unspecified: the database maps ::/96 onto its IPv4 tree.
            new AddressBlock("::/96"),
            new AddressBlock("::1/128"),
            new AddressBlock("100::/64"),
            new AddressBlock("2001:db8::/32"),
            new AddressBlock("fc00::/7"),
            new AddressBlock("fe80::/10"),
            new AddressBlock("fec0::/10"),
            new AddressBlock("ff00::/8"));

    private NonPublicAddresses() {
    }

    public static boolean contains(InetAddress address) {
        for (AddressBlock block : BLOCKS) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
