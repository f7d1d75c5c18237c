package io.offerline.core.network;

import io.offerline.core.common.InvalidInputException;
import java.util.regex.Pattern;

/** The rule for a network's parameter names: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
final class ParameterNames {

    static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private ParameterNames() {
    }

    /** The trimmed name, or null when absent; anything else is bad input in {@code field}. */
    static String optional(String field, String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (!VALID.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, "'" + name + "' is not a parameter name: use 1 to 64 letters, digits, _ . or -.");
        }
        return trimmed;
    }
}
