package io.offerline.core.campaign;

import io.offerline.core.common.WeightedPick;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Rules first (the first path, in order, whose rules all match), then weight among the rest. */
public final class PathSelector {

    private PathSelector() {
    }

    public static Optional<CampaignPath> select(List<CampaignPath> paths, Arrival arrival, RandomGenerator random) {
        Optional<CampaignPath> ruled = paths.stream()
                .filter(CampaignPath::hasRules)
                .filter(path -> path.weight() > 0 && path.matches(arrival))
                .findFirst();
        if (ruled.isPresent()) {
            return ruled;
        }
        return WeightedPick.pick(paths.stream().filter(path -> !path.hasRules()).toList(), random);
    }
}
