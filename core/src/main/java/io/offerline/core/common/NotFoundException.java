package io.offerline.core.common;

/**
 * The entity does not exist or the caller may not see it; both answer the same, so ids
 * from other accounts reveal nothing.
 */
public final class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
