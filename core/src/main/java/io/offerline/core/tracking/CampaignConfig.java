package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.offer.Offer;
import java.util.Map;

/** A campaign with the offers its paths name, as the redirect path caches them. */
public record CampaignConfig(Campaign campaign, Map<String, Offer> offers) {

    public CampaignConfig {
        offers = Map.copyOf(offers);
    }
}
