package io.offerline.core.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** IANA time zone names. */
public final class TimeZones {

    private TimeZones() {
    }

    /** The zone for an IANA name such as {@code America/New_York}; null or blank means UTC. */
    public static ZoneId require(String field, String name) {
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        if (!ZoneId.getAvailableZoneIds().contains(name.trim()) && !name.trim().equals("UTC")) {
            throw new InvalidInputException(field, "Unknown time zone '" + name + "': use an IANA name such as Europe/Berlin.");
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "Unknown time zone '" + name + "': use an IANA name such as Europe/Berlin.");
        }
    }
}
