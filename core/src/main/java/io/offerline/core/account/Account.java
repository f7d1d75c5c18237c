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

    /** The zone of a new account's reports, by the IANA name that report arguments accept ({@code ZoneOffset.UTC} is "Z"). */
    public static final ZoneId DEFAULT_REPORT_TIMEZONE = ZoneId.of("UTC");

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reportTimezone, "reportTimezone");
        if (reportTimezone.equals(ZoneOffset.UTC)) {
            reportTimezone = DEFAULT_REPORT_TIMEZONE; // stored as "Z" before: answered by the name clients can send back
        }
    }

    /** An account whose reports are in UTC unless they say otherwise. */
    public Account(String id, String name, Currency currency, boolean truncateIps, Instant createdAt) {
        this(id, name, currency, truncateIps, createdAt, DEFAULT_REPORT_TIMEZONE);
    }
}
