package io.offerline.core.campaign;

import io.offerline.core.common.Weighted;
import java.util.List;
import java.util.Objects;

/**
 * A route through a campaign. A path with rules takes the visitors that match all of them; the
 * others are shared by weight among the paths without rules. A path with landers sends the
 * visitor to a lander first; its offers are then reached through the lander's click URL.
 */
public record CampaignPath(String name, int weight, List<PathRule> rules, List<WeightedLander> landers,
        List<WeightedOffer> offers) implements Weighted {

    public CampaignPath {
        Objects.requireNonNull(name, "name");
        rules = rules == null ? List.of() : List.copyOf(rules);
        landers = landers == null ? List.of() : List.copyOf(landers);
        offers = List.copyOf(offers);
        Weighted.requireWeight("weight", weight);
    }

    /** A path straight to its offers, without rules or landers. */
    public CampaignPath(String name, int weight, List<WeightedOffer> offers) {
        this(name, weight, List.of(), List.of(), offers);
    }

    public boolean hasRules() {
        return !rules.isEmpty();
    }

    public boolean matches(Arrival arrival) {
        return rules.stream().allMatch(rule -> rule.matches(arrival));
    }
}
