package io.offerline.functions.detect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small MMDB file (MaxMind DB format 2.0: an IPv6 search tree of 24-bit records, the
 * data section, the metadata), so that tests read real database files without bundling one. IPv4
 * networks go under {@code ::/96}, where readers look IPv4 addresses up. Values: strings, maps,
 * lists and non-negative longs (as uint32).
 */
public final class TestMmdb {

    private static final int EMPTY = -1;
    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

    /** Per node, its two records: a node index, {@link #EMPTY}, or {@code -2 - n} for the n-th data entry. */
    private final List<int[]> nodes = new ArrayList<>(List.of(new int[] {EMPTY, EMPTY}));
    private final List<Map<String, Object>> records = new ArrayList<>();
    private final String databaseType;

    /** An unsigned integer of an MMDB type: 5 uint16, 6 uint32, 9 uint64 (metadata fields must have theirs). */
    private record Unsigned(int type, long value) {
    }

    public TestMmdb(String databaseType) {
        this.databaseType = databaseType;
    }

    /** {@code record} for the network {@code address/prefixLength} (an IPv4 prefix counts IPv4 bits). */
    public TestMmdb network(String address, int prefixLength, Map<String, Object> record) throws IOException {
        byte[] bytes = InetAddress.getByName(address).getAddress();
        int offset = bytes.length == 4 ? 96 : 0;
        byte[] full = new byte[16];
        System.arraycopy(bytes, 0, full, 16 - bytes.length, bytes.length);
        records.add(record);
        int node = 0;
        int bits = offset + prefixLength;
        for (int depth = 0; depth < bits; depth++) {
            int bit = (full[depth / 8] >> (7 - depth % 8)) & 1;
            if (depth == bits - 1) {
                nodes.get(node)[bit] = -2 - (records.size() - 1);
                break;
            }
            if (nodes.get(node)[bit] < 0) {
                nodes.add(new int[] {EMPTY, EMPTY});
                nodes.get(node)[bit] = nodes.size() - 1;
            }
            node = nodes.get(node)[bit];
        }
        return this;
    }

    public void write(Path file) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Map<String, Object> record : records) {
            offsets.add(data.size());
            encode(record, data);
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] node : nodes) {
            for (int side : node) {
                int value = side == EMPTY ? nodeCount : side >= 0 ? side : nodeCount + 16 + offsets.get(-2 - side);
                out.write(value >> 16);
                out.write(value >> 8);
                out.write(value);
            }
        }
        out.write(new byte[16]);
        data.writeTo(out);
        out.write(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", new Unsigned(6, nodeCount));
        metadata.put("record_size", new Unsigned(5, 24));
        metadata.put("ip_version", new Unsigned(5, 6));
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", new Unsigned(5, 2));
        metadata.put("binary_format_minor_version", new Unsigned(5, 0));
        metadata.put("build_epoch", new Unsigned(9, 1_780_000_000L));
        metadata.put("description", Map.of("en", "Offerline test database"));
        encode(metadata, out);
        Files.write(file, out.toByteArray());
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            control(2, bytes.length, out);
            out.writeBytes(bytes);
        } else if (value instanceof Map<?, ?> map) {
            control(7, map.size(), out);
            map.forEach((key, entry) -> {
                encode(key, out);
                encode(entry, out);
            });
        } else if (value instanceof List<?> list) {
            control(11, list.size(), out);
            list.forEach(entry -> encode(entry, out));
        } else if (value instanceof Long number) {
            encode(new Unsigned(6, number), out);
        } else if (value instanceof Unsigned number) {
            byte[] bytes = BigInteger.valueOf(number.value()).toByteArray();
            int skip = bytes[0] == 0 ? 1 : 0;
            int length = number.value() == 0 ? 0 : bytes.length - skip;
            control(number.type(), length, out);
            out.write(bytes, skip, length);
        } else {
            throw new IllegalArgumentException("cannot encode " + value);
        }
    }

    /** A control byte: the type in its top 3 bits (0 and an extra byte for types past 7), the size in the low 5. */
    private static void control(int type, int size, ByteArrayOutputStream out) {
        int sizeBits = size < 29 ? size : 29;
        out.write(((type <= 7 ? type : 0) << 5) | sizeBits);
        if (type > 7) {
            out.write(type - 7);
        }
        if (size >= 29) {
            if (size >= 29 + 256) {
                throw new IllegalArgumentException("too long for this writer: " + size);
            }
            out.write(size - 29);
        }
    }
}
