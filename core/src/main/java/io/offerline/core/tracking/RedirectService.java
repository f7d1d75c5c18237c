package io.offerline.core.tracking;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.campaign.WeightedPick;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.Offer;
import java.lang.System.Logger;
import java.net.URI;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hot path: turns a visit to a campaign URL into a recorded visit and the destination.
 * It reads configuration from the warm cache and writes the visit once; a failed write is
 * logged and the visitor is sent on regardless.
 */
public final class RedirectService {

    /** Raw visits are kept for the attribution window plus a margin for late postbacks. */
    public static final Duration VISIT_RETENTION = Duration.ofDays(30 + 5);

    private static final Logger LOG = System.getLogger(RedirectService.class.getName());

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final Clock clock;

    public RedirectService(TrackingConfig config, VisitRepository visits, Clock clock) {
        this.config = config;
        this.visits = visits;
        this.clock = clock;
    }

    /** The redirect for a visit, or empty when the campaign does not exist. */
    public Optional<Redirect> visit(VisitRequest request) {
        return config.campaign(request.campaignId()).map(campaignConfig -> route(campaignConfig, request));
    }

    private Redirect route(CampaignConfig campaignConfig, VisitRequest request) {
        Campaign campaign = campaignConfig.campaign();
        Optional<CampaignPath> path = WeightedPick.pick(campaign.paths(), ThreadLocalRandom.current());
        Optional<Offer> offer = path.flatMap(chosen -> WeightedPick.pick(chosen.offers(), ThreadLocalRandom.current()))
                .map(WeightedOffer::offerId)
                .map(campaignConfig.offers()::get);
        if (offer.isEmpty()) {
            return new Redirect(campaign.fallbackUrl(), null);
        }
        Instant now = clock.instant();
        Visit visit = new Visit(ClickIds.next(), campaign.accountId(), campaign.workspaceId(), campaign.id(),
                path.get().name(), offer.get().id(), request.ip(), request.userAgent(), request.referrer(),
                request.language(), now, now.plus(VISIT_RETENTION));
        record(visit);
        return new Redirect(destination(campaignConfig, offer.get(), visit), visit.clickId());
    }

    private static String destination(CampaignConfig campaignConfig, Offer offer, Visit visit) {
        String url = UrlTemplate.fill(offer.url(), tokenValues(visit, campaignConfig.campaign(), offer));
        if (!offer.appendClickId()) {
            return url;
        }
        return campaignConfig.networkOf(offer)
                .map(network -> network.clickIdParam())
                .map(parameter -> ClickIdAppender.append(url, parameter, visit.clickId()))
                .orElse(url);
    }

    private void record(Visit visit) {
        try {
            visits.record(visit);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "visit " + visit.clickId() + " to campaign " + visit.campaignId()
                    + " was not recorded; the visitor was redirected anyway", e);
        }
    }

    private static Map<Token, String> tokenValues(Visit visit, Campaign campaign, Offer offer) {
        Map<Token, String> values = new HashMap<>();
        values.put(Token.CF_CLICK_ID, visit.clickId());
        values.put(Token.CLICK_ID, visit.clickId());
        values.put(Token.CAMPAIGN_ID, campaign.id());
        values.put(Token.CAMPAIGN_NAME, campaign.name());
        values.put(Token.OFFER_ID, offer.id());
        values.put(Token.OFFER_NAME, offer.name());
        values.put(Token.AFFILIATE_NETWORK_ID, offer.affiliateNetworkId());
        values.put(Token.OFFER_STATIC_URL, offer.staticUrl());
        values.put(Token.KEYWORD, WeightedPick.pick(offer.keywords(), ThreadLocalRandom.current()).map(Keyword::value).orElse(null));
        values.put(Token.WORKSPACE_ID, campaign.workspaceId());
        values.put(Token.IP, visit.ip());
        values.put(Token.USER_AGENT, visit.userAgent());
        values.put(Token.REFERRER, visit.referrer());
        values.put(Token.REFERRER_DOMAIN, domainOf(visit.referrer()));
        values.put(Token.LANGUAGE, visit.language());
        values.put(Token.TIMESTAMP, Long.toString(visit.visitedAt().getEpochSecond()));
        return values;
    }

    private static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
