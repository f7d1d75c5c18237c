package io.offerline.core.offer;

import io.offerline.core.common.Amounts;
import io.offerline.core.common.Money;
import io.offerline.core.common.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How much a conversion of an offer is worth, and in which currency. Geo payouts apply only
 * to MANUAL payouts.
 */
public record Payout(PayoutMode mode, BigDecimal defaultValue, Currency currency, List<GeoPayout> geo) {

    public Payout {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(currency, "currency");
        Violations violations = new Violations();
        defaultValue = violations.valid("payout.defaultValue", defaultValue == null ? BigDecimal.ZERO : defaultValue, Amounts::stored);
        if (defaultValue != null && defaultValue.signum() < 0) {
            violations.add("payout.defaultValue", "Payout must not be negative.");
        }
        geo = stored(geo == null ? List.of() : geo, violations);
        checkGeo(mode, geo, violations);
        violations.throwIfAny();
    }

    public Payout(PayoutMode mode, BigDecimal defaultValue, Currency currency) {
        this(mode, defaultValue, currency, List.of());
    }

    /**
     * The amount a conversion earns: the postback's payout when it sent one; otherwise, for
     * MANUAL, the payout for the visitor's country, else the default value; for AUTO, zero.
     */
    public BigDecimal resolve(BigDecimal postbackPayout, String visitorCountry) {
        if (postbackPayout != null) {
            return Money.stored(postbackPayout);
        }
        if (mode == PayoutMode.AUTO) {
            return Money.stored(BigDecimal.ZERO);
        }
        return geo.stream()
                .filter(payout -> payout.country().equals(visitorCountry))
                .map(GeoPayout::value)
                .findFirst()
                .orElse(defaultValue);
    }

    /** The geo payouts with stored values; one whose value is refused keeps it, so that the others keep their index. */
    private static List<GeoPayout> stored(List<GeoPayout> geo, Violations violations) {
        List<GeoPayout> stored = new ArrayList<>();
        for (int index = 0; index < geo.size(); index++) {
            GeoPayout payout = geo.get(index);
            BigDecimal value = violations.valid("payout.geo." + index + ".value", payout.value(), Amounts::stored);
            stored.add(value == null ? payout : new GeoPayout(payout.country(), value));
        }
        return List.copyOf(stored);
    }

    private static void checkGeo(PayoutMode mode, List<GeoPayout> geo, Violations violations) {
        if (!geo.isEmpty() && mode != PayoutMode.MANUAL) {
            violations.add("payout.geo", "Geo payouts need payout mode MANUAL; AUTO takes the payout from the postback.");
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < geo.size(); index++) {
            GeoPayout payout = geo.get(index);
            if (payout.value().signum() < 0) {
                violations.add("payout.geo." + index + ".value", "Payout must not be negative.");
            }
            if (!seen.add(payout.country())) {
                violations.add("payout.geo." + index + ".country", "Country " + payout.country() + " has a payout already.");
            }
        }
    }
}
