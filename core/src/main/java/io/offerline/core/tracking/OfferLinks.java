package io.offerline.core.tracking;

import io.offerline.core.lander.Lander;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import io.offerline.core.url.UrlTemplate;

/** The URL a visitor is sent to for an offer: tokens filled, and the click id appended when the offer asks. */
final class OfferLinks {

    private OfferLinks() {
    }

    /** @param keyword the keyword rotated for this visit or click, filled into {@code {keyword}} */
    static String url(CampaignConfig config, Offer offer, Visit visit, Lander lander, String keyword) {
        String url = UrlTemplate.fill(offer.url(), TokenValues.of(visit, config.campaign(), lander, offer, keyword));
        if (!offer.appendClickId()) {
            return url;
        }
        return config.networkOf(offer)
                .map(AffiliateNetwork::clickIdParam)
                .map(parameter -> ClickIdAppender.append(url, parameter, visit.clickId()))
                .orElse(url);
    }

    static String fallback(CampaignConfig config, String url, Visit visit) {
        return url == null ? null : UrlTemplate.fill(url, TokenValues.of(visit, config.campaign(), null, null, null));
    }
}
