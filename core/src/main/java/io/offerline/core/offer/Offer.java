package io.offerline.core.offer;

import io.offerline.core.workspace.WorkspaceScoped;
import java.time.Instant;
import java.util.Objects;

/** A destination a campaign sends traffic to, and what a conversion on it pays. */
public record Offer(
        String id,
        String accountId,
        String workspaceId,
        String name,
        String url,
        Payout payout,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceScoped {

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
