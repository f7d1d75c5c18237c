package io.offerline.core.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/** IANA time zone names. */
public final class TimeZones {

    /** Read once: {@link ZoneId#getAvailableZoneIds()} copies its 600 names into a new set on every call. */
    private static final Set<String> IANA_NAMES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private TimeZones() {
    }

    /** The zone for an IANA name such as {@code America/New_York}; null or blank means UTC. */
    public static ZoneId require(String field, String name) {
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        if (!IANA_NAMES.contains(name.trim()) && !name.trim().equals("UTC")) {
            throw new InvalidInputException(field, "Unknown time zone '" + name + "': use an IANA name such as Europe/Berlin.");
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "Unknown time zone '" + name + "': use an IANA name such as Europe/Berlin.");
        }
    }
}
