package io.offerline.core.common;

/** The rule every entity name follows: present, trimmed, at most 255 characters. */
public final class Names {

    public static final int MAX_LENGTH = 255;

    private Names() {
    }

    public static String require(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field, "Name must not be empty.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "Name must be at most " + MAX_LENGTH + " characters.");
        }
        return trimmed;
    }
}
