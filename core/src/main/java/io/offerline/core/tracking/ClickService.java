package io.offerline.core.tracking;

import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.lander.Lander;
import io.offerline.core.offer.Keyword;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A lander's call to action ({@code /click} or {@code /click/{n}}): finds the visit by its
 * click id, picks the offer of the visit's path (the n-th one when n is given), records the
 * click once per visit and offer, and sends the visitor on. A click that cannot be written goes
 * to {@link UnstoredVisits}, and the visitor is sent on regardless.
 */
public final class ClickService {

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final OfferChooser chooser;
    private final UnstoredVisits unstored;
    private final Clock clock;

    public ClickService(TrackingConfig config, VisitRepository visits, CapStatus caps, UnstoredVisits unstored, Clock clock) {
        this.config = config;
        this.unstored = unstored;
        this.visits = visits;
        this.chooser = new OfferChooser(caps);
        this.clock = clock;
    }

    /**
     * @param callToAction the n of {@code /click/{n}} (from 1), or null
     * @return empty when no live visit has this click id
     * @throws TrackingUnavailableException when storage fails and the visit, or everything of its campaign, is unknown
     */
    public Optional<Redirect> click(String clickId, Integer callToAction) {
        if (!ClickIds.isWellFormed(clickId)) {
            return Optional.empty();
        }
        return visit(clickId).flatMap(visit -> config.campaign(visit.campaignId())
                .map(campaignConfig -> route(campaignConfig, visit, callToAction)));
    }

    private Optional<Visit> visit(String clickId) {
        try {
            return visits.find(clickId);
        } catch (RuntimeException failed) {
            throw new TrackingUnavailableException("the visit of click " + clickId, failed);
        }
    }

    private Redirect route(CampaignConfig campaignConfig, Visit visit, Integer callToAction) {
        Optional<CampaignPath> path = campaignConfig.campaign().path(visit.pathName()).findFirst();
        if (path.isEmpty()) {
            return new Redirect(OfferLinks.fallback(campaignConfig, campaignConfig.campaign().fallbackUrl(), visit), visit.clickId());
        }
        Destination destination = chooser.choose(candidates(path.get().offers(), callToAction), campaignConfig);
        if (destination.offer() == null) {
            return new Redirect(OfferLinks.fallback(campaignConfig, destination.fallbackUrl(), visit), visit.clickId());
        }
        String keyword = Keyword.rotated(destination.offer().keywords());
        record(new Click(visit.clickId(), destination.offer().id(), destination.offer().affiliateNetworkId(), clock.instant(),
                visit.expiresAt(), keyword), visit.campaignId());
        Lander lander = campaignConfig.lander(visit.landerId()).orElse(null);
        return new Redirect(OfferLinks.url(campaignConfig, destination.offer(), visit, lander, keyword), visit.clickId());
    }

    /** The n-th offer when the lander names a valid one, else all of the path's offers by weight. */
    private static List<WeightedOffer> candidates(List<WeightedOffer> offers, Integer callToAction) {
        if (callToAction == null || callToAction < 1 || callToAction > offers.size()) {
            return offers;
        }
        return List.of(new WeightedOffer(offers.get(callToAction - 1).offerId(), 1));
    }

    private void record(Click click, String campaignId) {
        try {
            visits.recordClick(click);
        } catch (RuntimeException e) {
            unstored.click(click, campaignId, e);
        }
    }
}
