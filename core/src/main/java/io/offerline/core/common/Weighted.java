package io.offerline.core.common;

/** Something picked at random in proportion to its weight. */
public interface Weighted {

    int weight();

    /** The rule of every weight: 0 or more; a negative one is bad input in {@code field}. */
    static int requireWeight(String field, int weight) {
        if (weight < 0) {
            throw new InvalidInputException(field, "Weight must not be negative.");
        }
        return weight;
    }
}
