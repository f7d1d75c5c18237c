package io.offerline.core.common;

/**
 * A value supplied by a user is not acceptable. {@link #field()} names the input field
 * (dotted path, e.g. {@code payout.defaultValue}) so clients can point at it.
 */
public final class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
