package io.offerline.core.offer;

import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Stamp;
import java.util.List;

/** Every field a user sets on an offer, before validation; lists may be null for none. */
public record OfferDraft(
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
        Cap cap) implements EntityDraft<Offer> {

    public OfferDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        trackingMethod = trackingMethod == null ? TrackingMethod.POSTBACK : trackingMethod;
    }

    /** The smallest offer: name, URL and payout; everything else at its default. */
    public static OfferDraft of(String workspaceId, String name, String url, Payout payout) {
        return new OfferDraft(workspaceId, name, null, null, null, false, false, url, null, null, payout, null, null);
    }

    @Override
    public Offer toEntity(Stamp stamp, Offer current) {
        return new Offer(stamp.id(), stamp.accountId(), workspaceId, name, tags, notes, affiliateNetworkId, appendClickId, directTracking,
                url, staticUrl, trackingMethod, payout, keywords, cap, stamp.archived(), stamp.version(), stamp.createdAt(),
                stamp.updatedAt());
    }

    OfferDraft withValues(String name, List<String> tags, String notes, String url, String staticUrl, List<Keyword> keywords) {
        return new OfferDraft(workspaceId, name, tags, notes, affiliateNetworkId, appendClickId, directTracking, url, staticUrl,
                trackingMethod, payout, keywords, cap);
    }
}
