package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import java.util.Map;
import java.util.Optional;

/** A campaign with the offers its paths name and their networks, as the redirect path caches them. */
public record CampaignConfig(Campaign campaign, Map<String, Offer> offers, Map<String, AffiliateNetwork> networks) {

    public CampaignConfig {
        offers = Map.copyOf(offers);
        networks = Map.copyOf(networks);
    }

    public Optional<AffiliateNetwork> networkOf(Offer offer) {
        return Optional.ofNullable(offer.affiliateNetworkId()).map(networks::get);
    }
}
