package io.offerline.core.common;

import java.util.Currency;
import java.util.Locale;

/** Reads ISO 4217 currency codes sent by users and networks. */
public final class Currencies {

    private Currencies() {
    }

    /** The currency for {@code code} (any case); an unknown code is bad input in {@code field}. */
    public static Currency require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "Currency is required: an ISO 4217 code such as USD.");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Unknown currency '" + code + "': use an ISO 4217 code such as USD or EUR.");
        }
    }
}
