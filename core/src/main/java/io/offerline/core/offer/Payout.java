package io.offerline.core.offer;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** How much a conversion of an offer is worth, and in which currency. */
public record Payout(PayoutMode mode, BigDecimal defaultValue, Currency currency) {

    public Payout {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(currency, "currency");
        defaultValue = Money.stored(defaultValue == null ? BigDecimal.ZERO : defaultValue);
        if (defaultValue.signum() < 0) {
            throw new InvalidInputException("payout.defaultValue", "Payout must not be negative.");
        }
    }

    /**
     * The amount a conversion earns: the postback's payout when it sent one; otherwise the
     * default value for MANUAL and zero for AUTO.
     */
    public BigDecimal resolve(BigDecimal postbackPayout) {
        if (postbackPayout != null) {
            return Money.stored(postbackPayout);
        }
        return mode == PayoutMode.MANUAL ? defaultValue : Money.stored(BigDecimal.ZERO);
    }
}
