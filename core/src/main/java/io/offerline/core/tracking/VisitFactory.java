package io.offerline.core.tracking;

import io.offerline.core.campaign.Arrival;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.visitor.ReferrerDomain;
import io.offerline.core.visitor.Visitor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A new visit as the redirect and direct tracking both record it: a fresh click id, the IP as
 * the account stores it, the traffic source's values from the query, the price by the
 * campaign's cost model, and an expiry after {@link AffiliateNetwork#VISIT_RETENTION}.
 */
final class VisitFactory {

    private final TrackingConfig config;
    private final CostPricing pricing;
    private final Clock clock;

    VisitFactory(TrackingConfig config, CostPricing pricing, Clock clock) {
        this.config = config;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** What the campaign's path rules look at for this visitor: the referrer's domain and the traffic source's values. */
    static Arrival arrival(Visitor visitor, String referrer, TrafficSourceValues sourceValues) {
        return new Arrival(visitor, ReferrerDomain.of(referrer), sourceValues.trackingFields());
    }

    /**
     * @param sourceValues the traffic source's values, read from the visit's query parameters
     * @param landerId the lander the visit went to, or null
     * @param offerId the offer the visit went straight to, or null
     * @param networkId that offer's affiliate network, or null
     * @param keyword the keyword rotated into that offer's URL, or null
     */
    Visit create(CampaignConfig campaignConfig, Visitor visitor, VisitorSignals signals, String referrer, TrafficSourceValues sourceValues,
            Optional<CampaignPath> path, String landerId, String offerId, String networkId, String keyword) {
        Campaign campaign = campaignConfig.campaign();
        Instant now = clock.instant();
        return new Visit(ClickIds.next(), campaign.accountId(), campaign.workspaceId(), campaign.id(), campaign.trafficSourceId(),
                path.map(CampaignPath::name).orElse(null), landerId, offerId, networkId,
                visitor, config.storedIp(campaign.accountId(), signals.ip()), signals.userAgent(), referrer,
                sourceValues.externalId(), sourceValues.cost(), pricing.price(campaign, sourceValues.cost(), now),
                sourceValues.trackingFields(), now, now.plus(AffiliateNetwork.VISIT_RETENTION), keyword);
    }
}
