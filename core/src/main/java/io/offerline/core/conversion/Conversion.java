package io.offerline.core.conversion;

import io.offerline.core.tracking.Visit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A conversion matched to its click. {@code amount} and {@code currency} are what the network
 * paid; {@code revenue} is that amount in the account's reporting currency at {@code rate} of
 * {@code rateDate}. It is kept for {@link #RETENTION} after it is recorded, longer than its raw
 * visit, so it keeps what its stats need of that visit: a status change may come months later.
 *
 * @param slot what makes it unique on its click
 * @param networkId the offer's affiliate network when converted, or null
 * @param type the conversion type ({@code ct}), or null
 * @param countsAsConversion whether its type counts it as a conversion (as the type was defined when it arrived)
 * @param countsAsRevenue whether its type counts its payout as revenue
 * @param visit the visit it converts, whose cells its stats change
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
        Instant expiresAt,
        Visit visit) {

    /**
     * How long a conversion is kept for its status to change: card chargebacks may come 120 days
     * after the purchase and networks reverse conversions within their lock periods, most often
     * 30 to 90 days; 180 days cover both with room to spare.
     */
    public static final Duration RETENTION = Duration.ofDays(180);

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
        Objects.requireNonNull(visit, "visit");
    }

    /** This conversion flagged as recorded beyond its offer's conversion cap. */
    public Conversion flaggedOverCap() {
        return new Conversion(clickId, slot, txid, accountId, workspaceId, campaignId, offerId, networkId, type, countsAsConversion,
                countsAsRevenue, status, amount, currency, revenue, rate, rateDate, true, convertedAt, expiresAt, visit);
    }
}
