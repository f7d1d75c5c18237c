package io.offerline.core.campaign;

import io.offerline.core.common.Weighted;
import java.util.Objects;

/** An offer in a path, chosen in proportion to its weight; weight 0 is never chosen. */
public record WeightedOffer(String offerId, int weight) implements Weighted {

    public WeightedOffer {
        Objects.requireNonNull(offerId, "offerId");
        Weighted.requireWeight("weight", weight);
    }
}
