package io.offerline.functions.detect;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import com.maxmind.db.Reader.FileMode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Region and city of a public IP address from one or more MMDB city databases, which Offerline
 * does not bundle (they are 100 MB and more) and reads only when configured
 * ({@code offerline.geo.city-databases}; docs/reports.md). Two record layouts are read:
 * ip-location-db's ({@code {"city": "Munich", "state1": "Bavaria", …}}, an IPv4 and an IPv6
 * file) and MaxMind's GeoIP2/GeoLite2 City ({@code city.names.en}, {@code subdivisions[0].names.en}).
 * The files are memory-mapped, not read into the heap; the first file with a record answers.
 */
public final class CityLookup {

    private final List<Reader> readers;

    private CityLookup(List<Reader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Opens each file, memory-mapped. */
    public static CityLookup open(List<File> databases) {
        List<Reader> readers = new ArrayList<>();
        for (File database : databases) {
            try {
                readers.add(new Reader(database, FileMode.MEMORY_MAPPED, new CHMCache()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read the city database " + database, unreadable);
            }
        }
        return new CityLookup(readers);
    }

    /** The region and city of {@code ip}; {@link Place#UNKNOWN} for garbage, non-public or unknown addresses. */
    public Place placeOf(String ip) {
        InetAddress address = IpLiteral.parse(ip);
        if (address == null || NonPublicAddresses.contains(address)) {
            return Place.UNKNOWN;
        }
        for (Reader reader : readers) {
            Place place = placeIn(reader, address);
            if (place != null) {
                return place;
            }
        }
        return Place.UNKNOWN;
    }

    /** The database files' build dates and types, for the start-up log. */
    public List<String> describe() {
        return readers.stream().map(reader -> reader.getMetadata().getDatabaseType() + " built " + reader.getMetadata().getBuildDate().toInstant())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Place placeIn(Reader reader, InetAddress address) {
        try {
            Map<String, Object> record = reader.get(address, Map.class);
            return record == null ? null : new Place(region(record), city(record));
        } catch (IOException | RuntimeException notInThisFile) {
            // An IPv4-only file cannot look up an IPv6 address; the next file may hold it.
            return null;
        }
    }

    private static String city(Map<String, Object> record) {
        Object city = record.get("city");
        return city instanceof Map<?, ?> maxMind ? englishName(maxMind) : text(city);
    }

    private static String region(Map<String, Object> record) {
        if (record.get("subdivisions") instanceof List<?> subdivisions) {
            return subdivisions.isEmpty() || !(subdivisions.get(0) instanceof Map<?, ?> first) ? null : englishName(first);
        }
        return text(record.get("state1"));
    }

    private static String englishName(Map<?, ?> place) {
        return place.get("names") instanceof Map<?, ?> names ? text(names.get("en")) : null;
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
