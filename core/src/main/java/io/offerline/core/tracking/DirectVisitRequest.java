package io.offerline.core.tracking;

import io.offerline.core.common.InvalidInputException;
import java.util.Objects;

/**
 * What a page's direct-tracking script reports: the campaign, which of its pages this is (a
 * lander, an offer, or neither), and where the visitor came from.
 *
 * @param landerId the lander this page is, or null
 * @param offerId the offer this page is, or null; never together with a lander
 * @param referrer the page's {@code document.referrer}, or null
 * @param pageUrl the page's own URL, whose query carries the traffic source's values; or null
 */
public record DirectVisitRequest(String campaignId, String landerId, String offerId, VisitorSignals signals, String referrer,
        String pageUrl) {

    public DirectVisitRequest {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(signals, "signals");
        if (landerId != null && offerId != null) {
            throw new InvalidInputException("offer", "A page is either a lander or an offer, not both.");
        }
    }
}
