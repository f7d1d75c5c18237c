package io.offerline.core.tracking;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Shortens IP addresses for accounts that keep no whole addresses: IPv4 to /24, IPv6 to /48. */
public final class IpAddresses {

    // Only literals reach InetAddress: a host name must never trigger a DNS lookup.
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpAddresses() {
    }

    /** The address with its host part zeroed, or null when it is not an IP literal. */
    public static String truncate(String ip) {
        if (ip == null || ip.length() > 45) {
            return null;
        }
        if (IPV4.matcher(ip).matches()) {
            return truncateIpv4(ip);
        }
        return IPV6.matcher(ip).matches() ? truncateIpv6(ip) : null;
    }

    private static String truncateIpv4(String ip) {
        String[] octets = ip.split("\\.");
        for (String octet : octets) {
            if (Integer.parseInt(octet) > 255) {
                return null;
            }
        }
        return Integer.parseInt(octets[0]) + "." + Integer.parseInt(octets[1]) + "." + Integer.parseInt(octets[2]) + ".0";
    }

    /** A string with a colon is always read as an IPv6 literal, never looked up. */
    private static String truncateIpv6(String ip) {
        try {
            byte[] address = InetAddress.getByName(ip).getAddress();
            if (address.length != 16) {
                return null;
            }
            for (int index = 6; index < address.length; index++) {
                address[index] = 0;
            }
            return InetAddress.getByAddress(address).getHostAddress().replaceAll("(:0)+$", "::");
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }
}
