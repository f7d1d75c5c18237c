package io.offerline.core.common;

import java.util.regex.Pattern;

/** The rule for URL parameter names of networks and traffic sources: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
public final class ParameterNames {

    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private ParameterNames() {
    }

    /** The trimmed name; anything else is bad input in {@code field}. */
    public static String require(String field, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!VALID.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, "'" + name + "' is not a parameter name: use 1 to 64 letters, digits, _ . or -.");
        }
        return trimmed;
    }

    /** Like {@link #require}, but null stays null. */
    public static String optional(String field, String name) {
        return name == null ? null : require(field, name);
    }
}
