package io.offerline.core.tracking;

import io.offerline.core.offer.Offer;

/** Where a routed visitor goes: an offer, or (all offers capped) a fallback URL; neither when nothing is left. */
public record Destination(Offer offer, String fallbackUrl) {

    static Destination to(Offer offer) {
        return new Destination(offer, null);
    }

    static Destination fallback(String url) {
        return new Destination(null, url);
    }
}
