package io.offerline.core.campaign;

import io.offerline.core.common.Weighted;
import java.util.Objects;

/** A lander in a path, chosen in proportion to its weight; weight 0 is never chosen. */
public record WeightedLander(String landerId, int weight) implements Weighted {

    public WeightedLander {
        Objects.requireNonNull(landerId, "landerId");
        Weighted.requireWeight("weight", weight);
    }
}
