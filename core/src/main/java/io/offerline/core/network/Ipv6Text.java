package io.offerline.core.network;

/** The RFC 5952 text of an IPv6 address: lower-case hex, no leading zeros, the longest zero run as {@code ::}. */
final class Ipv6Text {

    private static final int GROUPS = 8;

    private Ipv6Text() {
    }

    static String of(byte[] address, boolean ipv4Mapped) {
        if (ipv4Mapped) {
            return "::ffff:" + IpRange.ipv4Text(address, 12);
        }
        int[] groups = new int[GROUPS];
        for (int index = 0; index < GROUPS; index++) {
            groups[index] = ((address[index * 2] & 0xff) << 8) | (address[index * 2 + 1] & 0xff);
        }
        int[] run = longestZeroRun(groups);
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < GROUPS; index++) {
            if (index == run[0]) {
                text.append("::");
                index += run[1] - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[index]));
        }
        return text.toString();
    }

    /** Start and length of the first longest run of at least two zero groups; start -1 when none. */
    private static int[] longestZeroRun(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        int index = 0;
        while (index < GROUPS) {
            int length = 0;
            while (index + length < GROUPS && groups[index + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = index;
                bestLength = length;
            }
            index += Math.max(length, 1);
        }
        return new int[] {bestStart, bestLength};
    }
}
