package io.offerline.core.tracking;

/** What the visit function learned from the visitor's request. */
public record VisitRequest(String campaignId, String ip, String userAgent, String referrer, String language) {
}
