package io.offerline.core.offer;

import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A destination a campaign sends traffic to, and what a conversion on it pays.
 *
 * @param affiliateNetworkId the network the offer belongs to, or null
 * @param appendClickId whether redirects append the network's click-id parameter with the click id
 * @param directTracking whether the offer page runs the direct-tracking script (no redirect)
 * @param staticUrl a plain URL available to every URL as {@code {offer_static_url}}, or null
 * @param cap the conversion or click cap, or null for none
 */
public record Offer(
        String id,
        String accountId,
        String workspaceId,
        String name,
        List<String> tags,
        String notes,
        String affiliateNetworkId,
        boolean appendClickId,
        boolean directTracking,
        String url,
        String staticUrl,
        TrackingMethod trackingMethod,
        Payout payout,
        List<Keyword> keywords,
        Cap cap,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceEntity<Offer> {

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(trackingMethod, "trackingMethod");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = tags == null ? List.of() : List.copyOf(tags);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    @Override
    public Offer withArchived(boolean archive, Instant now) {
        return new Offer(id, accountId, workspaceId, name, tags, notes, affiliateNetworkId, appendClickId, directTracking, url,
                staticUrl, trackingMethod, payout, keywords, cap, archive, version + 1, createdAt, now);
    }

    /** A new offer made from this one: new id, first version, not archived. */
    Offer cloneAs(String newId, String newName, Instant now) {
        return new Offer(newId, accountId, workspaceId, newName, tags, notes, affiliateNetworkId, appendClickId, directTracking,
                url, staticUrl, trackingMethod, payout, keywords, cap, false, 1, now, now);
    }
}
