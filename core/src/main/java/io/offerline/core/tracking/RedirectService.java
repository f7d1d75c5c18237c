package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathSelector;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.common.RandomSource;
import io.offerline.core.common.WeightedPick;
import io.offerline.core.lander.Lander;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.Offer;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.visitor.Visitor;
import java.time.Clock;
import java.util.Optional;

/**
 * The hot path: turns a visit to a campaign URL into a recorded visit and the destination (a
 * lander, an offer, or a fallback URL). It reads configuration from the warm cache and writes
 * the visit once. Storage failures never stop the visitor: configuration comes from the last
 * known entry or, failing that, the campaign alone routes to its fallback URL; a cap that cannot
 * be checked hands over to the cap's fallback ({@link CapStatus}); a visit that cannot be written
 * goes to {@link UnstoredVisits} and the visitor is sent on regardless.
 */
public final class RedirectService {

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final VisitorDetection detection;
    private final OfferChooser chooser;
    private final VisitFactory newVisits;
    private final UnstoredVisits unstored;

    public RedirectService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CapStatus caps,
            CostPricing pricing, UnstoredVisits unstored, Clock clock) {
        this.config = config;
        this.visits = visits;
        this.unstored = unstored;
        this.detection = detection;
        this.chooser = new OfferChooser(caps);
        this.newVisits = new VisitFactory(config, pricing, clock);
    }

    /**
     * The redirect for a visit, or empty when the campaign does not exist.
     *
     * @throws TrackingUnavailableException when storage fails and nothing of the campaign is known
     */
    public Optional<Redirect> visit(VisitRequest request) {
        return config.campaign(request.campaignId()).map(campaignConfig -> route(campaignConfig, request));
    }

    private Redirect route(CampaignConfig campaignConfig, VisitRequest request) {
        Campaign campaign = campaignConfig.campaign();
        if (campaign.archived()) {
            String fallback = campaign.fallbackUrl() == null ? null : UrlTemplate.fill(campaign.fallbackUrl(), TokenValues.of(campaign));
            return new Redirect(fallback, null);
        }
        Visitor visitor = detection.detect(request.signals());
        TrafficSourceValues sourceValues = TrafficSourceValues.read(campaignConfig.trafficSource(), request.query());
        Optional<CampaignPath> path = PathSelector.select(campaign.paths(),
                VisitFactory.arrival(visitor, request.referrer(), sourceValues), RandomSource.process().generator());
        Optional<Lander> lander = path.flatMap(chosen -> WeightedPick.pick(chosen.landers(), RandomSource.process().generator()))
                .flatMap(weighted -> campaignConfig.lander(weighted.landerId()));
        Destination destination = path.isEmpty() || lander.isPresent() ? Destination.fallback(campaign.fallbackUrl())
                : chooser.choose(path.get().offers(), campaignConfig);
        Visit visit = newVisit(campaignConfig, request, visitor, sourceValues, path, lander, destination);
        record(visit);
        return new Redirect(location(campaignConfig, visit, lander, destination), visit.clickId());
    }

    private Visit newVisit(CampaignConfig campaignConfig, VisitRequest request, Visitor visitor, TrafficSourceValues sourceValues,
            Optional<CampaignPath> path, Optional<Lander> lander, Destination destination) {
        Optional<Offer> directOffer = lander.isPresent() ? Optional.empty() : Optional.ofNullable(destination.offer());
        return newVisits.create(campaignConfig, visitor, request.signals(), request.referrer(), sourceValues, path,
                lander.map(Lander::id).orElse(null), directOffer.map(Offer::id).orElse(null),
                directOffer.map(Offer::affiliateNetworkId).orElse(null), directOffer.map(offer -> Keyword.rotated(offer.keywords())).orElse(null));
    }

    private static String location(CampaignConfig campaignConfig, Visit visit, Optional<Lander> lander, Destination destination) {
        if (lander.isPresent()) {
            return UrlTemplate.fill(lander.get().url(), TokenValues.of(visit, campaignConfig.campaign(), lander.get(), null, null));
        }
        if (destination.offer() != null) {
            return OfferLinks.url(campaignConfig, destination.offer(), visit, null, visit.keyword());
        }
        return OfferLinks.fallback(campaignConfig, destination.fallbackUrl(), visit);
    }

    private void record(Visit visit) {
        try {
            visits.record(visit);
        } catch (RuntimeException e) {
            unstored.visit(visit, e);
        }
    }
}
