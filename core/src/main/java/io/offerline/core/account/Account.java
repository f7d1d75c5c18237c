package io.offerline.core.account;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/** A tenant: owns users, workspaces and everything in them; reports in {@code currency}. */
public record Account(String id, String name, Currency currency, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
