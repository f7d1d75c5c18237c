package io.offerline.core.network;

import io.offerline.core.common.InvalidInputException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * One entry of a postback IP allowlist: a single IPv4 or IPv6 address, or a CIDR range of
 * either. Only literals are parsed, never resolved, so a host name is refused and parsing never
 * touches DNS. {@link #toString()} is the canonical text the API shows: dotted IPv4, lower-case
 * IPv6 compressed as RFC 5952 says, and {@code /prefix} unless it covers a single address.
 */
public final class IpRange {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    private static final int MAX_TEXT_LENGTH = 64;
    private static final int IPV6_GROUPS = 8;

    private final byte[] network;
    private final int prefixLength;

    private IpRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Reads an address ({@code 203.0.113.7}, {@code 2001:db8::1}) or a CIDR range
     * ({@code 203.0.113.0/24}, {@code 2001:db8::/32}); anything else is bad input in {@code field}.
     * A range must name its first address: {@code 10.1.2.3/8} is refused, it most likely means
     * {@code 10.1.2.3} or {@code 10.0.0.0/8}.
     */
    public static IpRange parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Give an IP address or a CIDR range such as 203.0.113.0/24.");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw notAnAddress(field, trimmed.substring(0, MAX_TEXT_LENGTH) + "…");
        }
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = address.indexOf(':') >= 0 ? ipv6(address) : ipv4(address);
        if (bytes == null) {
            throw notAnAddress(field, trimmed);
        }
        int maxPrefix = bytes.length * 8;
        int prefix = slash < 0 ? maxPrefix : prefix(trimmed.substring(slash + 1));
        if (prefix < 0 || prefix > maxPrefix) {
            throw new InvalidInputException(field, "'" + trimmed + "' has an invalid prefix length: use /0 to /" + maxPrefix + ".");
        }
        IpRange range = new IpRange(bytes, prefix);
        if (!Arrays.equals(bytes, masked(bytes, prefix))) {
            String suggestion = new IpRange(masked(bytes, prefix), prefix).toString();
            throw new InvalidInputException(field, "'" + trimmed + "' is not the start of its range: use " + suggestion
                    + " for the range or " + new IpRange(bytes, maxPrefix) + " for the single address.");
        }
        return range;
    }

    /** The address an IP literal names, read without any DNS lookup; empty for anything else. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        byte[] bytes = trimmed.indexOf(':') >= 0 ? ipv6(trimmed) : ipv4(trimmed);
        try {
            return bytes == null ? Optional.empty() : Optional.of(InetAddress.getByAddress(bytes));
        } catch (java.net.UnknownHostException wrongLength) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} lies in this range; IPv4 and IPv4-mapped IPv6 addresses match each other. */
    public boolean contains(InetAddress address) {
        byte[] candidate = sameFamily(address.getAddress());
        if (candidate == null) {
            return false;
        }
        return Arrays.equals(masked(candidate, prefixLength), network);
    }

    public int prefixLength() {
        return prefixLength;
    }

    public boolean isIpv6() {
        return network.length == IPV6_BYTES;
    }

    private byte[] sameFamily(byte[] address) {
        if (address.length == network.length) {
            return address;
        }
        if (address.length == IPV4_BYTES) {
            byte[] mapped = new byte[IPV6_BYTES];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(address, 0, mapped, 12, IPV4_BYTES);
            return mapped;
        }
        return isIpv4Mapped(address) ? Arrays.copyOfRange(address, 12, IPV6_BYTES) : null;
    }

    private static InvalidInputException notAnAddress(String field, String text) {
        return new InvalidInputException(field, "'" + text + "' is not an IP address or CIDR range: write e.g. 203.0.113.7, "
                + "203.0.113.0/24 or 2001:db8::/32 (host names are not accepted).");
    }

    private static int prefix(String digits) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(IpRange::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] result = new byte[address.length];
        for (int index = 0; index < address.length; index++) {
            int bits = Math.max(0, Math.min(8, prefix - index * 8));
            result[index] = (byte) (address[index] & (0xff << (8 - bits)));
        }
        return result;
    }

    /** Four decimal parts 0-255 without leading zeros (a leading zero means octal to some parsers). */
    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != IPV4_BYTES) {
            return null;
        }
        byte[] bytes = new byte[IPV4_BYTES];
        for (int index = 0; index < IPV4_BYTES; index++) {
            int value = octet(parts[index]);
            if (value < 0) {
                return null;
            }
            bytes[index] = (byte) value;
        }
        return bytes;
    }

    private static int octet(String part) {
        boolean wellFormed = !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(IpRange::isDigit)
                && (part.length() == 1 || part.charAt(0) != '0');
        if (!wellFormed) {
            return -1;
        }
        int value = Integer.parseInt(part);
        return value <= 255 ? value : -1;
    }

    /** Hex groups with at most one {@code ::}, optionally ending in an embedded IPv4 address; no zone ids. */
    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        boolean complete = gap < 0 ? count == IPV6_GROUPS : count < IPV6_GROUPS;
        if (!complete) {
            return null;
        }
        byte[] bytes = new byte[IPV6_BYTES];
        write(bytes, 0, headGroups);
        write(bytes, IPV6_GROUPS - tailGroups.length, tailGroups);
        return bytes;
    }

    /** The 16-bit groups of one side of {@code ::}; an IPv4 address counts as two and may only come last. */
    private static int[] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        boolean endsInIpv4 = parts[parts.length - 1].indexOf('.') >= 0;
        if (endsInIpv4 && !mayEndInIpv4) {
            return null;
        }
        int[] groups = new int[parts.length + (endsInIpv4 ? 1 : 0)];
        for (int index = 0; index < parts.length - (endsInIpv4 ? 1 : 0); index++) {
            groups[index] = hexGroup(parts[index]);
            if (groups[index] < 0) {
                return null;
            }
        }
        return endsInIpv4 ? withIpv4(groups, parts[parts.length - 1]) : groups;
    }

    private static int[] withIpv4(int[] groups, String text) {
        byte[] ipv4 = ipv4(text);
        if (ipv4 == null) {
            return null;
        }
        groups[groups.length - 2] = ((ipv4[0] & 0xff) << 8) | (ipv4[1] & 0xff);
        groups[groups.length - 1] = ((ipv4[2] & 0xff) << 8) | (ipv4[3] & 0xff);
        return groups;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(character -> Character.digit(character, 16) >= 0)) {
            return -1;
        }
        return Integer.parseInt(part, 16);
    }

    private static void write(byte[] bytes, int firstGroup, int[] groups) {
        for (int index = 0; index < groups.length; index++) {
            bytes[(firstGroup + index) * 2] = (byte) (groups[index] >> 8);
            bytes[(firstGroup + index) * 2 + 1] = (byte) groups[index];
        }
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isIpv4Mapped(byte[] address) {
        for (int index = 0; index < 10; index++) {
            if (address[index] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range && range.prefixLength == prefixLength && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        String address = isIpv6() ? Ipv6Text.of(network, isIpv4Mapped(network)) : ipv4Text(network, 0);
        return prefixLength == network.length * 8 ? address : address + "/" + prefixLength;
    }

    static String ipv4Text(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) + "." + (bytes[offset + 1] & 0xff) + "." + (bytes[offset + 2] & 0xff) + "." + (bytes[offset + 3] & 0xff);
    }
}
