package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.offer.Offer;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathSelector;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.QueryString;
import io.offerline.core.visitor.Visitor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Direct tracking: the visitor reached a campaign's page without a redirect, and the page's
 * script registers the visit. The visit is built and stored as a redirect would store it
 * (config from the warm cache, one write), with the lander or offer the page says it is; a
 * visit to an offer page also counts as its click. A failed write is logged and the click id
 * is returned regardless, as the redirect path sends the visitor on regardless.
 */
public final class DirectVisitService {

    private static final Logger LOG = System.getLogger(DirectVisitService.class.getName());

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final VisitorDetection detection;
    private final VisitFactory newVisits;

    public DirectVisitService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CostPricing pricing,
            Clock clock) {
        this.config = config;
        this.visits = visits;
        this.detection = detection;
        this.newVisits = new VisitFactory(config, pricing, clock);
    }

    /**
     * @return the new visit's click id; empty when the campaign is unknown or archived, or the
     *     lander or offer is in none of its paths
     */
    public Optional<String> register(DirectVisitRequest request) {
        return config.campaign(request.campaignId())
                .filter(campaignConfig -> !campaignConfig.campaign().archived())
                .flatMap(campaignConfig -> register(campaignConfig, request));
    }

    private Optional<String> register(CampaignConfig campaignConfig, DirectVisitRequest request) {
        Campaign campaign = campaignConfig.campaign();
        boolean namesAPage = request.landerId() != null || request.offerId() != null;
        Predicate<CampaignPath> holdsPage = holdsPage(request);
        if (namesAPage && campaign.paths().stream().noneMatch(holdsPage)) {
            return Optional.empty();
        }
        Visitor visitor = detection.detect(request.signals());
        Optional<CampaignPath> path = namesAPage
                ? DirectPathSelector.select(campaign.paths(), holdsPage, visitor)
                : PathSelector.select(campaign.paths(), visitor, ThreadLocalRandom.current());
        Visit visit = newVisit(campaignConfig, request, visitor, path);
        record(visit);
        return Optional.of(visit.clickId());
    }

    private static Predicate<CampaignPath> holdsPage(DirectVisitRequest request) {
        if (request.landerId() != null) {
            return path -> path.landers().stream().map(WeightedLander::landerId).anyMatch(request.landerId()::equals);
        }
        if (request.offerId() != null) {
            return path -> path.offers().stream().map(WeightedOffer::offerId).anyMatch(request.offerId()::equals);
        }
        return path -> true;
    }

    private Visit newVisit(CampaignConfig campaignConfig, DirectVisitRequest request, Visitor visitor, Optional<CampaignPath> path) {
        return newVisits.create(campaignConfig, visitor, request.signals(), request.referrer(), QueryString.ofUrl(request.pageUrl()),
                path, request.landerId(), request.offerId(), networkOf(request.offerId()), null);
    }

    private String networkOf(String offerId) {
        return offerId == null ? null : config.offer(offerId).map(Offer::affiliateNetworkId).orElse(null);
    }

    private void record(Visit visit) {
        try {
            visits.record(visit);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "direct visit " + visit.clickId() + " to campaign " + visit.campaignId()
                    + " was not recorded; the page got its click id anyway", e);
        }
    }
}
