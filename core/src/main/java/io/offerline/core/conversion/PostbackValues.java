package io.offerline.core.conversion;

import io.offerline.core.common.Money;
import io.offerline.core.network.AffiliateNetwork;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * The values a postback sent, read by Offerline's names and, as aliases, by the network's own
 * ({@code payout_amount}, {@code transaction_id}, ...).
 *
 * @param payout null when none was sent
 * @param currency null when none was sent
 * @param statusGiven whether the postback named a status (only then may it change an existing conversion)
 */
record PostbackValues(BigDecimal payout, String txid, Currency currency, String type, ConversionStatus status, boolean statusGiven) {

    static final int MAX_TEXT_LENGTH = 255;

    /** @throws IllegalArgumentException naming the parameter that can never be valid */
    static PostbackValues read(Postback postback, AffiliateNetwork network) {
        String payoutText = postback.first("payout", network == null ? null : network.payoutParam()).orElse(null);
        BigDecimal payout = payoutText == null ? null : Money.parse(payoutText);
        if (payoutText != null && payout == null) {
            throw new IllegalArgumentException("payout must be a decimal number, not '" + payoutText + "'.");
        }
        String txid = text(postback.first("txid", network == null ? null : network.txidParam()).orElse(null), "txid");
        String statusText = postback.first("status").orElse(null);
        ConversionStatus status = ConversionStatus.parse(statusText)
                .orElseThrow(() -> new IllegalArgumentException("status must be approved, pending or declined, not '" + statusText + "'."));
        return new PostbackValues(payout, txid, currency(postback.first("currency").orElse(null)), text(postback.first("ct").orElse(null), "ct"),
                status, statusText != null);
    }

    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD, not '" + code + "'.");
        }
    }

    private static String text(String value, String name) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT_LENGTH + " characters.");
        }
        return value;
    }
}
