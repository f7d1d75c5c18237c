package io.offerline.functions.detect;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The autonomous system of a public IP address, from a table of address ranges held in memory:
 * the bundled one ({@link #BUNDLED}, built by {@link AsnTableBuilder} from ip-location-db's ASN
 * data; see {@code geo/NOTICE.md}) or any table in the same format. A lookup is a binary search
 * over sorted ranges; an address in no range has no network.
 */
public final class AsnTable {

    /** The bundled table. */
    public static final String BUNDLED = "/geo/asn.bin";
    static final String FORMAT = "offerline-asn 2";

    private final String source;
    private final int[] numbers;
    /** Every organisation's UTF-8 name, one after the other; entry {@code n}'s runs from {@code nameEnds[n - 1]} to {@code nameEnds[n]}. */
    private final byte[] names;
    private final int[] nameEnds;
    private final int[] v4Starts;
    private final int[] v4Ends;
    private final int[] v4Entries;
    private final long[] v6Starts;
    private final long[] v6Ends;
    private final int[] v6Entries;

    private AsnTable(String source, int[] numbers, byte[] names, int[] nameEnds, int[] v4Starts, int[] v4Ends, int[] v4Entries,
            long[] v6Starts, long[] v6Ends, int[] v6Entries) {
        this.source = source;
        this.numbers = numbers;
        this.names = names;
        this.nameEnds = nameEnds;
        this.v4Starts = v4Starts;
        this.v4Ends = v4Ends;
        this.v4Entries = v4Entries;
        this.v6Starts = v6Starts;
        this.v6Ends = v6Ends;
        this.v6Entries = v6Entries;
    }

    /** Reads a whole table; the stream is left for the caller to close. */
    public static AsnTable read(InputStream table) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(table, 1 << 16));
        String format = in.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not an ASN table of format " + FORMAT + ": " + format);
        }
        String source = in.readUTF();
        // Names stay bytes until a lookup needs one: decoding 90,000 strings would slow every cold start.
        int entries = in.readInt();
        int[] numbers = ints(in, entries);
        int[] nameEnds = ints(in, entries);
        byte[] names = bytes(in, entries == 0 ? 0 : nameEnds[entries - 1]).array();
        int v4 = in.readInt();
        int[] v4Starts = ints(in, v4);
        int[] v4Ends = ints(in, v4);
        int[] v4Entries = ints(in, v4);
        int v6 = in.readInt();
        long[] v6Starts = longs(in, v6 * 2);
        long[] v6Ends = longs(in, v6 * 2);
        int[] v6Entries = ints(in, v6);
        return new AsnTable(source, numbers, names, nameEnds, v4Starts, v4Ends, v4Entries, v6Starts, v6Ends, v6Entries);
    }

    /** The network of {@code ip}, or null for garbage, non-public addresses and addresses in no known network. */
    public AutonomousSystem find(String ip) {
        InetAddress address = IpLiteral.parse(ip);
        if (address == null || NonPublicAddresses.contains(address)) {
            return null;
        }
        int entry = address instanceof Inet4Address ? v4Entry(ByteBuffer.wrap(address.getAddress()).getInt()) : v6Entry(address.getAddress());
        return entry < 0 ? null : new AutonomousSystem(Integer.toUnsignedLong(numbers[entry]), organisation(entry));
    }

    private String organisation(int entry) {
        int from = entry == 0 ? 0 : nameEnds[entry - 1];
        return new String(names, from, nameEnds[entry] - from, StandardCharsets.UTF_8);
    }

    /** Where the table comes from, e.g. {@code @ip-location-db/asn 2.3.2026061719}. */
    public String source() {
        return source;
    }

    /** How many address ranges the table holds. */
    public int ranges() {
        return v4Starts.length + v6Entries.length;
    }

    private int v4Entry(int address) {
        int low = 0;
        int high = v4Starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (Integer.compareUnsigned(v4Starts[middle], address) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found >= 0 && Integer.compareUnsigned(address, v4Ends[found]) <= 0 ? v4Entries[found] : -1;
    }

    /** IPv6 starts and ends are kept as pairs of longs (high, low), compared unsigned. */
    private int v6Entry(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long high = buffer.getLong();
        long low = buffer.getLong();
        int first = 0;
        int last = v6Entries.length - 1;
        int found = -1;
        while (first <= last) {
            int middle = (first + last) >>> 1;
            if (compare(v6Starts, middle, high, low) <= 0) {
                found = middle;
                first = middle + 1;
            } else {
                last = middle - 1;
            }
        }
        return found >= 0 && compare(v6Ends, found, high, low) >= 0 ? v6Entries[found] : -1;
    }

    private static int compare(long[] pairs, int index, long high, long low) {
        int byHigh = Long.compareUnsigned(pairs[index * 2], high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(pairs[index * 2 + 1], low);
    }

    private static int[] ints(DataInputStream in, int count) throws IOException {
        int[] values = new int[count];
        bytes(in, count * Integer.BYTES).asIntBuffer().get(values);
        return values;
    }

    private static long[] longs(DataInputStream in, int count) throws IOException {
        long[] values = new long[count];
        bytes(in, count * Long.BYTES).asLongBuffer().get(values);
        return values;
    }

    private static ByteBuffer bytes(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("the ASN table ends early");
        }
        return ByteBuffer.wrap(bytes);
    }

    @Override
    public String toString() {
        return "AsnTable[" + source + ", " + ranges() + " ranges, " + numbers.length + " networks]";
    }
}
