package io.offerline.core.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A conversion matched to its click. {@code amount} and {@code currency} are what the network
 * paid; {@code revenue} is that amount in the account's reporting currency at {@code rate} of
 * {@code rateDate}.
 *
 * @param slot what makes it unique on its click
 * @param networkId the offer's affiliate network when converted, or null
 * @param type the conversion type ({@code ct}), or null
 * @param countsAsConversion whether its type counts it as a conversion (as the type was defined when it arrived)
 * @param countsAsRevenue whether its type counts its payout as revenue
 */
public record Conversion(
        String clickId,
        ConversionSlot slot,
        String txid,
        String accountId,
        String workspaceId,
        String campaignId,
        String offerId,
        String networkId,
        String type,
        boolean countsAsConversion,
        boolean countsAsRevenue,
        ConversionStatus status,
        BigDecimal amount,
        Currency currency,
        BigDecimal revenue,
        BigDecimal rate,
        LocalDate rateDate,
        boolean overCap,
        Instant convertedAt,
        Instant expiresAt) {

    public Conversion {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rateDate, "rateDate");
        Objects.requireNonNull(convertedAt, "convertedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** This conversion flagged as recorded beyond its offer's conversion cap. */
    public Conversion flaggedOverCap() {
        return new Conversion(clickId, slot, txid, accountId, workspaceId, campaignId, offerId, networkId, type, countsAsConversion,
                countsAsRevenue, status, amount, currency, revenue, rate, rateDate, true, convertedAt, expiresAt);
    }
}
