package io.offerline.core.common;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** The upper-case code; anything that is not an ISO 3166-1 alpha-2 code is bad input in {@code field}. */
    public static String require(String field, String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new InvalidInputException(field, "Unknown country '" + code + "': use an ISO 3166-1 alpha-2 code such as US or DE.");
        }
        return upper;
    }
}
