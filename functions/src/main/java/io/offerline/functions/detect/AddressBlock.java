package io.offerline.functions.detect;

import java.net.InetAddress;

/** A CIDR block such as {@code 10.0.0.0/8}; an address is in it when its first {@code prefixLength} bits match. */
final class AddressBlock {

    private final byte[] network;
    private final int prefixLength;

    AddressBlock(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress address = slash < 0 ? null : IpLiteral.parse(cidr.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Not a CIDR block: " + cidr);
        }
        this.network = address.getAddress();
        this.prefixLength = Integer.parseInt(cidr.substring(slash + 1));
        if (prefixLength < 0 || prefixLength > network.length * Byte.SIZE) {
            throw new IllegalArgumentException("Prefix length does not fit the address: " + cidr);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int wholeBytes = prefixLength / Byte.SIZE;
        for (int index = 0; index < wholeBytes; index++) {
            if (bytes[index] != network[index]) {
                return false;
            }
        }
        int remainingBits = prefixLength % Byte.SIZE;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (Byte.SIZE - remainingBits)) & 0xFF;
        return (bytes[wholeBytes] & mask) == (network[wholeBytes] & mask);
    }
}
