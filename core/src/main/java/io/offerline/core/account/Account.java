package io.offerline.core.account;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A tenant: owns users, workspaces and everything in them; reports in {@code currency}.
 *
 * @param truncateIps store visitors' IP addresses shortened (IPv4 /24, IPv6 /48) instead of whole
 */
public record Account(String id, String name, Currency currency, boolean truncateIps, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
