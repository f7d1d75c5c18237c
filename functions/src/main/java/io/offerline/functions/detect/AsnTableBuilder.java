package io.offerline.functions.detect;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AsnTable} from ip-location-db's ASN CSV files ({@code asn-ipv4.csv},
 * {@code asn-ipv6.csv}: {@code first address,last address,number,organisation}, the organisation
 * quoted when it holds a comma). The bundled table is made with
 * {@code java -cp functions/target/classes io.offerline.functions.detect.AsnTableBuilder <source> <out> <csv>...}
 * (geo/NOTICE.md).
 */
public final class AsnTableBuilder {

    private final Map<AutonomousSystem, Integer> entries = new LinkedHashMap<>();
    private final List<Range> ranges = new ArrayList<>();

    private record Range(byte[] first, byte[] last, int entry) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: AsnTableBuilder <source description> <output file> <csv file>...");
            System.exit(2);
        }
        AsnTableBuilder builder = new AsnTableBuilder();
        for (String csv : Arrays.asList(args).subList(2, args.length)) {
            try (Reader reader = Files.newBufferedReader(Path.of(csv), StandardCharsets.UTF_8)) {
                builder.add(reader);
            }
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            builder.write(args[0], out);
        }
    }

    /** Adds every line of a CSV file; a line that is no range of a network is an error, so that a changed layout is noticed. */
    public AsnTableBuilder add(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                addLine(line);
            }
        }
        return this;
    }

    private void addLine(String line) {
        String[] fields = fields(line);
        InetAddress first = IpLiteral.parse(fields[0]);
        InetAddress last = IpLiteral.parse(fields[1]);
        if (first == null || last == null || (first instanceof Inet4Address) != (last instanceof Inet4Address)) {
            throw new IllegalArgumentException("not an address range: " + line);
        }
        AutonomousSystem network = new AutonomousSystem(Integer.toUnsignedLong(Integer.parseUnsignedInt(fields[2])), fields[3]);
        int entry = entries.computeIfAbsent(network, known -> entries.size());
        ranges.add(new Range(first.getAddress(), last.getAddress(), entry));
    }

    /** The four fields of a line: two addresses, a number, and the organisation (RFC 4180 quoting). */
    private static String[] fields(String line) {
        String[] head = line.split(",", 4);
        if (head.length != 4) {
            throw new IllegalArgumentException("not four fields: " + line);
        }
        String organisation = head[3];
        if (organisation.startsWith("\"") && organisation.endsWith("\"") && organisation.length() >= 2) {
            organisation = organisation.substring(1, organisation.length() - 1).replace("\"\"", "\"");
        }
        return new String[] {head[0], head[1], head[2], organisation};
    }

    /** Writes the table, ranges in address order, in the format {@link AsnTable#read} reads. */
    public void write(String source, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeUTF(AsnTable.FORMAT);
        out.writeUTF(source);
        out.writeInt(entries.size());
        for (AutonomousSystem network : entries.keySet()) {
            out.writeInt((int) network.number());
        }
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        for (AutonomousSystem network : entries.keySet()) {
            names.writeBytes(network.organisation().getBytes(StandardCharsets.UTF_8));
            out.writeInt(names.size());
        }
        names.writeTo(out);
        writeRanges(out, sorted(4));
        writeRanges(out, sorted(16));
        out.flush();
    }

    /** The count, then every first address, every last address and every network entry, so that a reader takes each as one array. */
    private static void writeRanges(DataOutputStream out, List<Range> ranges) throws IOException {
        out.writeInt(ranges.size());
        for (Range range : ranges) {
            out.write(range.first());
        }
        for (Range range : ranges) {
            out.write(range.last());
        }
        for (Range range : ranges) {
            out.writeInt(range.entry());
        }
    }

    private List<Range> sorted(int length) {
        return ranges.stream().filter(range -> range.first().length == length)
                .sorted(Comparator.comparing(Range::first, Arrays::compareUnsigned)).toList();
    }
}
