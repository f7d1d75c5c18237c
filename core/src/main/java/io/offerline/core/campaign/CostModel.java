package io.offerline.core.campaign;

import io.offerline.core.common.Amounts;
import io.offerline.core.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** What the traffic costs: the type, its value (percent for REVSHARE) and the currency. */
public record CostModel(CostType type, BigDecimal value, Currency currency) {

    public static CostModel notTracked(Currency currency) {
        return new CostModel(CostType.NOT_TRACKED, BigDecimal.ZERO, currency);
    }

    public CostModel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        value = Amounts.stored("costModel.value", value == null ? BigDecimal.ZERO : value);
        if (value.signum() < 0) {
            throw new InvalidInputException("costModel.value", "Cost must not be negative.");
        }
        if (type == CostType.REVSHARE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("costModel.value", "A revenue share is a percentage from 0 to 100.");
        }
    }
}
