package io.offerline.core.offer;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Weighted;
import java.util.Objects;

/** A value rotated into the offer URL's {@code {keyword}} token in proportion to its weight. */
public record Keyword(String value, int weight) implements Weighted {

    public Keyword {
        Objects.requireNonNull(value, "value");
        if (weight < 0) {
            throw new InvalidInputException("weight", "Weight must not be negative.");
        }
    }
}
