package io.offerline.core.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A conversion matched to its click. {@code amount} and {@code currency} are what the network
 * paid; {@code revenue} is that amount in the account's reporting currency.
 */
public record Conversion(
        String clickId,
        String txid,
        String accountId,
        String workspaceId,
        String campaignId,
        String offerId,
        BigDecimal amount,
        Currency currency,
        BigDecimal revenue,
        Instant convertedAt,
        Instant expiresAt) {

    public Conversion {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(convertedAt, "convertedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
