package io.offerline.core.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * One arrival through a campaign URL, stored once under its click id. {@code offerId} is set
 * when the visitor was sent straight to an offer, which also counts as a click on it.
 */
public record Visit(
        String clickId,
        String accountId,
        String workspaceId,
        String campaignId,
        String pathName,
        String offerId,
        String ip,
        String userAgent,
        String referrer,
        String language,
        Instant visitedAt,
        Instant expiresAt) {

    public Visit {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(visitedAt, "visitedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
