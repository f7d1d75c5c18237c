package io.offerline.core.tracking;

import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.Arrival;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The path of a visitor who is already on a page (direct tracking), among the paths that hold
 * that page. As on the redirect path, paths with rules come first: the first one, in order,
 * whose rules all match; then the first path without rules; then, so that the visit still
 * counts, the first path that holds the page at all. Weights play no part: the page is chosen.
 */
final class DirectPathSelector {

    private DirectPathSelector() {
    }

    static Optional<CampaignPath> select(List<CampaignPath> paths, Predicate<CampaignPath> holdsPage, Arrival arrival) {
        List<CampaignPath> holding = paths.stream().filter(holdsPage).toList();
        return holding.stream().filter(CampaignPath::hasRules).filter(path -> path.matches(arrival)).findFirst()
                .or(() -> holding.stream().filter(path -> !path.hasRules()).findFirst())
                .or(() -> holding.stream().findFirst());
    }
}
