package io.offerline.core.common;

/**
 * One page of a list: at most {@code first} items after the opaque {@code after} cursor
 * (null for the first page).
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw new InvalidInputException("first", "first must be between 1 and " + MAX_SIZE + ".");
        }
    }

    /** A request from optional client arguments. */
    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_SIZE : first, after == null || after.isBlank() ? null : after);
    }
}
