package io.offerline.core.tracking;

import io.offerline.core.campaign.Arrival;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.PathSelector;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.common.OutsideText;
import io.offerline.core.common.QueryString;
import io.offerline.core.common.RandomSource;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.Offer;
import io.offerline.core.visitor.Visitor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Direct tracking: the visitor reached a campaign's page without a redirect, and the page's
 * script registers the visit. The visit is built and stored as a redirect would store it
 * (config from the warm cache, one write), with the lander or offer the page says it is; a
 * visit to an offer page also counts as its click, so the offer's cap applies as on a redirect:
 * a capped offer's visit goes to the cap's fallback offer or URL, which the page is told to send
 * the visitor to. Only a {@code DIRECT} campaign registers visits, and an offer page only when
 * the offer has direct tracking on. Storage failures are met as on the redirect path: stale
 * configuration, and a failed write goes to {@link UnstoredVisits} while the click id is
 * returned regardless.
 */
public final class DirectVisitService {

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final VisitorDetection detection;
    private final OfferChooser chooser;
    private final VisitFactory newVisits;
    private final UnstoredVisits unstored;

    public DirectVisitService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CapStatus caps,
            CostPricing pricing, UnstoredVisits unstored, Clock clock) {
        this.config = config;
        this.unstored = unstored;
        this.visits = visits;
        this.detection = detection;
        this.chooser = new OfferChooser(caps);
        this.newVisits = new VisitFactory(config, pricing, clock);
    }

    /**
     * @return the registered visit, or why none was: the campaign is unknown, archived or not
     *     {@code DIRECT}, the page is in none of its paths, or the offer has direct tracking off
     * @throws TrackingUnavailableException when storage fails and nothing of the campaign is known
     */
    public DirectVisitResult register(DirectVisitRequest request) {
        Optional<CampaignConfig> found = config.campaign(request.campaignId()).filter(campaignConfig -> !campaignConfig.campaign().archived());
        if (found.isEmpty()) {
            return new DirectVisitResult.Refused("No active campaign " + OutsideText.shown(request.campaignId(), 40) + ".");
        }
        return register(found.get(), request);
    }

    private DirectVisitResult register(CampaignConfig campaignConfig, DirectVisitRequest request) {
        Campaign campaign = campaignConfig.campaign();
        if (campaign.trackingType() != TrackingType.DIRECT) {
            return new DirectVisitResult.Refused("Campaign " + campaign.id()
                    + " has trackingType REDIRECT: its visits come through its campaign URL; set trackingType DIRECT to use dt.js.");
        }
        boolean namesAPage = request.landerId() != null || request.offerId() != null;
        Predicate<CampaignPath> holdsPage = holdsPage(request);
        if (namesAPage && campaign.paths().stream().noneMatch(holdsPage)) {
            return new DirectVisitResult.Refused("Campaign " + campaign.id() + " has no such " + (request.landerId() != null ? "lander." : "offer."));
        }
        Optional<Offer> page = campaignConfig.offer(request.offerId());
        if (page.isPresent() && !page.get().directTracking()) {
            return new DirectVisitResult.Refused("Offer " + page.get().id() + " has directTracking off: turn it on to put dt.js on its page.");
        }
        Visitor visitor = detection.detect(request.signals());
        TrafficSourceValues sourceValues = TrafficSourceValues.read(campaignConfig.trafficSource(), QueryString.ofUrl(request.pageUrl()));
        Arrival arrival = VisitFactory.arrival(visitor, request.referrer(), sourceValues);
        Optional<CampaignPath> path = namesAPage
                ? DirectPathSelector.select(campaign.paths(), holdsPage, arrival)
                : PathSelector.select(campaign.paths(), arrival, RandomSource.process().generator());
        if (page.isEmpty()) {
            // A lander, no page, or an offer this function could not read: no cap to tell, the visit counts all the same.
            Visit visit = newVisit(campaignConfig, request, visitor, sourceValues, path, request.offerId(), null);
            record(visit);
            return new DirectVisitResult.Registered(visit.clickId(), null);
        }
        return registerOfferPage(campaignConfig, request, visitor, sourceValues, path, page.get());
    }

    /**
     * The offer page's visit counts as its click, so the cap is counted and told as on a redirect:
     * a capped offer's visitor goes to the cap's fallback offer or URL (and the campaign's), which
     * the page is told to send them to.
     */
    private DirectVisitResult registerOfferPage(CampaignConfig campaignConfig, DirectVisitRequest request, Visitor visitor,
            TrafficSourceValues sourceValues, Optional<CampaignPath> path, Offer page) {
        Destination destination = chooser.choose(List.of(new WeightedOffer(page.id(), 1)), campaignConfig);
        Offer reached = destination.offer();
        Visit visit = newVisit(campaignConfig, request, visitor, sourceValues, path, reached == null ? null : reached.id(), reached);
        record(visit);
        if (reached != null && reached.id().equals(page.id())) {
            return new DirectVisitResult.Registered(visit.clickId(), null);
        }
        String fallback = reached != null
                ? OfferLinks.url(campaignConfig, reached, visit, null, visit.keyword())
                : OfferLinks.fallback(campaignConfig, destination.fallbackUrl(), visit);
        return new DirectVisitResult.Registered(visit.clickId(), fallback);
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

    /**
     * @param offerId the offer the visit went to, or null
     * @param offer that offer when known; its network is the visit's, and a cap's fallback offer gets its keyword rotated
     */
    private Visit newVisit(CampaignConfig campaignConfig, DirectVisitRequest request, Visitor visitor, TrafficSourceValues sourceValues,
            Optional<CampaignPath> path, String offerId, Offer offer) {
        boolean sentOn = offer != null && !offer.id().equals(request.offerId());
        return newVisits.create(campaignConfig, visitor, request.signals(), request.referrer(), sourceValues,
                path, request.landerId(), offerId, offer == null ? null : offer.affiliateNetworkId(),
                sentOn ? Keyword.rotated(offer.keywords()) : null);
    }

    private void record(Visit visit) {
        try {
            visits.record(visit);
        } catch (RuntimeException e) {
            unstored.visit(visit, e);
        }
    }
}
