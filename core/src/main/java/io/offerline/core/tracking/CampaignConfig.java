package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.lander.Lander;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import io.offerline.core.trafficsource.TrafficSource;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign with everything its redirects need, as the tracking functions cache it: the
 * offers of its paths and their cap fallbacks, their networks, its landers and traffic source.
 */
public record CampaignConfig(Campaign campaign, Map<String, Offer> offers, Map<String, AffiliateNetwork> networks,
        Map<String, Lander> landers, TrafficSource trafficSource) {

    public CampaignConfig {
        offers = Map.copyOf(offers);
        networks = Map.copyOf(networks);
        landers = Map.copyOf(landers);
    }

    /** A campaign whose offers, landers and traffic source could not be read: it routes every visitor to its fallback URL. */
    static CampaignConfig alone(Campaign campaign) {
        return new CampaignConfig(campaign, Map.of(), Map.of(), Map.of(), null);
    }

    public Optional<Offer> offer(String offerId) {
        return Optional.ofNullable(offerId).map(offers::get);
    }

    public Optional<Lander> lander(String landerId) {
        return Optional.ofNullable(landerId).map(landers::get);
    }

    public Optional<AffiliateNetwork> networkOf(Offer offer) {
        return Optional.ofNullable(offer.affiliateNetworkId()).map(networks::get);
    }
}
