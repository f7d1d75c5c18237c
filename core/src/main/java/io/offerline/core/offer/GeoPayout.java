package io.offerline.core.offer;

import io.offerline.core.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** The payout for visitors from one country (ISO 3166-1 alpha-2), used only with MANUAL payouts. */
public record GeoPayout(String country, BigDecimal value) {

    public GeoPayout {
        Objects.requireNonNull(country, "country");
        value = Money.stored(Objects.requireNonNull(value, "value"));
    }
}
