package io.offerline.core.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;

/**
 * A tenant: owns users, workspaces and everything in them; reports in {@code currency}.
 *
 * @param truncateIps store visitors' IP addresses shortened (IPv4 /24, IPv6 /48) instead of whole
 * @param reportTimezone the days of reports and stats that name no timezone
 */
public record Account(String id, String name, Currency currency, boolean truncateIps, Instant createdAt, ZoneId reportTimezone) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reportTimezone, "reportTimezone");
    }

    /** An account whose reports are in UTC unless they say otherwise. */
    public Account(String id, String name, Currency currency, boolean truncateIps, Instant createdAt) {
        this(id, name, currency, truncateIps, createdAt, ZoneOffset.UTC);
    }
}
