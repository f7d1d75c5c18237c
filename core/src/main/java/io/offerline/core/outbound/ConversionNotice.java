package io.offerline.core.outbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A conversion as the events stream reports it, when it is new or its status changed: what a
 * traffic source's postback is made from.
 *
 * @param slot the conversion's slot on its click, as stored ({@code TX#…}, {@code SINGLE}, {@code DUP#…})
 * @param type the conversion type, or null
 * @param status {@code APPROVED}, {@code PENDING} or {@code DECLINED}
 * @param amount what the network paid, in {@code currency}
 */
public record ConversionNotice(String clickId, String slot, String txid, String accountId, String campaignId, String type,
        String status, BigDecimal amount, Currency currency, Instant convertedAt) {

    public ConversionNotice {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(convertedAt, "convertedAt");
    }
}
