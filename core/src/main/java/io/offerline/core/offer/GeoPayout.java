package io.offerline.core.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The payout for visitors from one country (ISO 3166-1 alpha-2), used only with MANUAL payouts.
 * Its {@link Payout} bounds and stores the value, where the input field has its index.
 */
public record GeoPayout(String country, BigDecimal value) {

    public GeoPayout {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(value, "value");
    }
}
