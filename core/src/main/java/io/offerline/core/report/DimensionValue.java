package io.offerline.core.report;

import java.util.Objects;

/**
 * The value of one grouped dimension in a report row: an id for entity dimensions (see
 * {@link Dimension#isEntity()}); null where the cells do not know it (no lander, for instance).
 */
public record DimensionValue(Dimension dimension, String value) {

    public DimensionValue {
        Objects.requireNonNull(dimension, "dimension");
    }
}
