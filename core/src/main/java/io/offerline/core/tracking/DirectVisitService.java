package io.offerline.core.tracking;

import io.offerline.core.campaign.Arrival;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathSelector;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.QueryString;
import io.offerline.core.common.RandomSource;
import io.offerline.core.offer.Offer;
import io.offerline.core.visitor.Visitor;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Direct tracking: the visitor reached a campaign's page without a redirect, and the page's
 * script registers the visit. The visit is built and stored as a redirect would store it
 * (config from the warm cache, one write), with the lander or offer the page says it is; a
 * visit to an offer page also counts as its click. Storage failures are met as on the redirect
 * path: stale configuration, and a failed write goes to {@link UnstoredVisits} while the click
 * id is returned regardless.
 */
public final class DirectVisitService {

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final VisitorDetection detection;
    private final VisitFactory newVisits;
    private final UnstoredVisits unstored;

    public DirectVisitService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CostPricing pricing,
            UnstoredVisits unstored, Clock clock) {
        this.config = config;
        this.unstored = unstored;
        this.visits = visits;
        this.detection = detection;
        this.newVisits = new VisitFactory(config, pricing, clock);
    }

    /**
     * @return the new visit's click id; empty when the campaign is unknown or archived, or the
     *     lander or offer is in none of its paths
     * @throws TrackingUnavailableException when storage fails and nothing of the campaign is known
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
        Arrival arrival = VisitFactory.arrival(campaignConfig, visitor, request.referrer(), QueryString.ofUrl(request.pageUrl()));
        Optional<CampaignPath> path = namesAPage
                ? DirectPathSelector.select(campaign.paths(), holdsPage, arrival)
                : PathSelector.select(campaign.paths(), arrival, RandomSource.process().generator());
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

    /** The offer page's network; unknown (null) when the offer cannot be read, as a visit without it still counts. */
    private String networkOf(String offerId) {
        if (offerId == null) {
            return null;
        }
        try {
            return config.offer(offerId).map(Offer::affiliateNetworkId).orElse(null);
        } catch (RuntimeException storageFailed) {
            return null;
        }
    }

    private void record(Visit visit) {
        try {
            visits.record(visit);
        } catch (RuntimeException e) {
            unstored.visit(visit, e);
        }
    }
}
