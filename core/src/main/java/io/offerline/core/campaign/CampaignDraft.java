package io.offerline.core.campaign;

import java.util.List;

/** Every field a user sets on a campaign, before validation. */
public record CampaignDraft(
        String workspaceId,
        String name,
        String trafficSourceId,
        TrackingType trackingType,
        CostModel costModel,
        String fallbackUrl,
        List<CampaignPath> paths) {

    public CampaignDraft {
        trackingType = trackingType == null ? TrackingType.REDIRECT : trackingType;
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    CampaignDraft withValues(String name, String fallbackUrl, CostModel costModel) {
        return new CampaignDraft(workspaceId, name, trafficSourceId, trackingType, costModel, fallbackUrl, paths);
    }
}
