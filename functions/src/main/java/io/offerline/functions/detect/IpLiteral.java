package io.offerline.functions.detect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses IP address literals without ever touching DNS: a request's source IP is data from the
 * visitor, and a host name in it must not turn into a lookup.
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    // Hex digits, colons and an optional embedded dotted quad; no zone id ("%eth0"), no host names.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int MAX_OCTET = 255;

    private IpLiteral() {
    }

    /** The address written in {@code text}, or null when it is not an IPv4 or IPv6 literal. */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String literal = stripBrackets(text.trim());
        Matcher ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            return ipv4Address(ipv4);
        }
        if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
            return ipv6Address(literal);
        }
        return null;
    }

    private static String stripBrackets(String text) {
        if (text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']') {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static InetAddress ipv4Address(Matcher octets) {
        byte[] bytes = new byte[4];
        for (int index = 0; index < bytes.length; index++) {
            int octet = Integer.parseInt(octets.group(index + 1));
            if (octet > MAX_OCTET) {
                return null;
            }
            bytes[index] = (byte) octet;
        }
        return byAddress(bytes);
    }

    private static InetAddress ipv6Address(String literal) {
        try {
            // In brackets the JDK parses an IPv6 literal or fails; it never falls back to a name lookup.
            return InetAddress.getByName("[" + literal + "]");
        } catch (UnknownHostException | RuntimeException notALiteral) {
            return null;
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossibleForFourBytes) {
            return null;
        }
    }
}
