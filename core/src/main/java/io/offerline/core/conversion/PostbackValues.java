package io.offerline.core.conversion;

import io.offerline.core.common.Amounts;
import io.offerline.core.common.OutsideText;
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
    private static final int QUOTED_LENGTH = 40;

    /** @throws IllegalArgumentException naming the parameter that can never be valid */
    static PostbackValues read(Postback postback, AffiliateNetwork network) {
        String payoutText = postback.first("payout", network == null ? null : network.payoutParam()).orElse(null);
        BigDecimal payout = payoutText == null ? null : Amounts.parse(payoutText)
                .orElseThrow(() -> new IllegalArgumentException("payout must be a decimal number of at most " + Amounts.MAX_INTEGER_DIGITS
                        + " digits before the point and " + Amounts.MAX_DECIMALS + " after it, without exponent, not " + quoted(payoutText) + "."));
        String txid = text(postback.first("txid", network == null ? null : network.txidParam()).orElse(null), "txid");
        String statusText = postback.first("status").orElse(null);
        ConversionStatus status = ConversionStatus.parse(statusText)
                .orElseThrow(() -> new IllegalArgumentException("status must be approved, pending or declined, not " + quoted(statusText) + "."));
        return new PostbackValues(payout, txid, currency(postback.first("currency").orElse(null)), type(postback.first("ct").orElse(null)),
                status, statusText != null);
    }

    /** A {@code ct} that could never name a conversion type is refused here rather than failing later. */
    private static String type(String ct) {
        if (ct != null && !ConversionType.isKey(ct)) {
            throw new IllegalArgumentException("ct must be " + ConversionType.KEY_RULE + ", not " + quoted(ct) + ".");
        }
        return ct;
    }

    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD, not " + quoted(code) + ".");
        }
    }

    /** Free text such as a txid: at most {@link #MAX_TEXT_LENGTH} characters, {@linkplain OutsideText#isClean clean}. */
    private static String text(String value, String name) {
        if (value != null && (value.length() > MAX_TEXT_LENGTH || !OutsideText.isClean(value))) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT_LENGTH + " characters, none of them a control character.");
        }
        return value;
    }

    private static String quoted(String value) {
        return "'" + OutsideText.shown(value, QUOTED_LENGTH) + "'";
    }
}
