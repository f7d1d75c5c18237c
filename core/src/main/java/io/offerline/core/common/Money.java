package io.offerline.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place that decides scale and rounding of money amounts. */
public final class Money {

    /** Stored amounts keep six decimals, enough for CPM and sub-cent payouts. */
    public static final int STORED_SCALE = 6;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Money() {
    }

    /** The amount as it is stored: six decimals, half-even. */
    public static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(STORED_SCALE, ROUNDING);
    }

    /** The amount as it is shown: no trailing zeros beyond cents ({@code 1.5} shows as {@code 1.50}). */
    public static BigDecimal shown(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, ROUNDING) : stripped;
    }

}
