package io.offerline.core.offer;

/** What a user sends to create an offer, before validation. */
public record OfferDraft(String workspaceId, String name, String url, Payout payout) {
}
