package io.offerline.core.tracking;

import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One arrival through a campaign, stored once under its click id. {@code landerId} is set when
 * the visitor was sent to a lander; {@code offerId} when they were sent straight to an offer,
 * which also counts as a click on it.
 *
 * @param ip as stored: dropped with the visit at the end of the attribution window
 * @param externalId the traffic source's own click id, or null
 * @param networkId the affiliate network of the offer a direct visit went to, or null
 * @param cost the cost the traffic source reported for this visit, or null
 * @param pricing what the visit and its conversions cost by the campaign's cost model
 * @param trackingFields the traffic source's tracking field values by position (null where absent)
 * @param keyword the offer keyword chosen for a visit sent straight to an offer, or null
 */
public record Visit(
        String clickId,
        String accountId,
        String workspaceId,
        String campaignId,
        String trafficSourceId,
        String pathName,
        String landerId,
        String offerId,
        String networkId,
        Visitor visitor,
        String ip,
        String userAgent,
        String referrer,
        String externalId,
        BigDecimal cost,
        VisitCost pricing,
        List<String> trackingFields,
        Instant visitedAt,
        Instant expiresAt,
        String keyword) {

    public Visit {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(visitedAt, "visitedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        trackingFields = trackingFields == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(trackingFields));
    }

    /** A visit without a keyword. */
    public Visit(String clickId, String accountId, String workspaceId, String campaignId, String trafficSourceId, String pathName,
            String landerId, String offerId, String networkId, Visitor visitor, String ip, String userAgent, String referrer,
            String externalId, BigDecimal cost, VisitCost pricing, List<String> trackingFields, Instant visitedAt, Instant expiresAt) {
        this(clickId, accountId, workspaceId, campaignId, trafficSourceId, pathName, landerId, offerId, networkId, visitor, ip,
                userAgent, referrer, externalId, cost, pricing, trackingFields, visitedAt, expiresAt, null);
    }
}
