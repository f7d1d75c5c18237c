package io.offerline.core.common;

/** The rule for free-text notes on an entity: optional, at most 10,000 characters. */
public final class Notes {

    public static final int MAX_LENGTH = 10_000;

    private Notes() {
    }

    /** The notes, or null when blank; longer than {@link #MAX_LENGTH} is bad input in {@code field}. */
    public static String optional(String field, String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        if (notes.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "Notes must be at most " + MAX_LENGTH + " characters.");
        }
        return notes;
    }
}
