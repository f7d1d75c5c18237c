package io.offerline.core.common;

import java.util.Objects;

/**
 * One refused value of an input: the field (dotted path relative to the input, e.g.
 * {@code payout.geo.2.value}; empty for the input as a whole) and a sentence saying why.
 */
public record Violation(String field, String message) {

    public Violation {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** Whether this violation is on {@code other}'s field or on a field inside it. */
    boolean isWithin(String other) {
        return other.isEmpty() || field.equals(other) || field.startsWith(other + ".");
    }
}
