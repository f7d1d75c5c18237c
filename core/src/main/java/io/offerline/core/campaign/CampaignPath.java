package io.offerline.core.campaign;

import io.offerline.core.common.InvalidInputException;
import java.util.List;
import java.util.Objects;

/** A route through a campaign: chosen by weight, it sends the visitor to one of its offers. */
public record CampaignPath(String name, int weight, List<WeightedOffer> offers) implements Weighted {

    public CampaignPath {
        Objects.requireNonNull(name, "name");
        offers = List.copyOf(offers);
        if (weight < 0) {
            throw new InvalidInputException("weight", "Weight must not be negative.");
        }
    }
}
