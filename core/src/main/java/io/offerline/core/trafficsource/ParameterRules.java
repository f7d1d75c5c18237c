package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The rules for a traffic source's parameters: names as for affiliate networks (1 to 64 of
 * {@code A-Z a-z 0-9 _ . -}), macros 1 to 128 characters without spaces, {@code &} or {@code #},
 * which would break the query string the source fills in.
 */
final class ParameterRules {

    static final int MAX_MACRO_LENGTH = 128;
    private static final Pattern MACRO_BREAKERS = Pattern.compile("[\\s&#]");

    private ParameterRules() {
    }

    /** The trimmed macro; anything else is bad input in {@code field}. */
    static String macro(String field, String macro) {
        String trimmed = macro.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_MACRO_LENGTH) {
            throw new InvalidInputException(field, "A macro has 1 to " + MAX_MACRO_LENGTH + " characters.");
        }
        if (MACRO_BREAKERS.matcher(trimmed).find()) {
            throw new InvalidInputException(field, "'" + macro + "' is not a macro: spaces, & and # would break the campaign URL.");
        }
        return trimmed;
    }
}
