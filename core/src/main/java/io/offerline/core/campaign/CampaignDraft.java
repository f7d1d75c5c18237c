package io.offerline.core.campaign;

import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Stamp;
import java.util.List;

/**
 * Every field a user sets on a campaign, before validation.
 *
 * @param sendConversionPostbacks whether conversions are sent back to the traffic source's postback
 */
public record CampaignDraft(
        String workspaceId,
        String name,
        String trafficSourceId,
        TrackingType trackingType,
        CostModel costModel,
        String fallbackUrl,
        List<CampaignPath> paths,
        boolean sendConversionPostbacks) implements EntityDraft<Campaign> {

    /** A draft of a campaign whose conversions are sent back to its traffic source. */
    public CampaignDraft(String workspaceId, String name, String trafficSourceId, TrackingType trackingType, CostModel costModel,
            String fallbackUrl, List<CampaignPath> paths) {
        this(workspaceId, name, trafficSourceId, trackingType, costModel, fallbackUrl, paths, true);
    }

    public CampaignDraft {
        trackingType = trackingType == null ? TrackingType.REDIRECT : trackingType;
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    @Override
    public Campaign toEntity(Stamp stamp, Campaign current) {
        return new Campaign(stamp.id(), stamp.accountId(), workspaceId, name, trafficSourceId, trackingType, costModel, fallbackUrl, paths,
                sendConversionPostbacks, stamp.archived(), stamp.version(), stamp.createdAt(), stamp.updatedAt());
    }

    CampaignDraft withValues(String name, String fallbackUrl, CostModel costModel) {
        return new CampaignDraft(workspaceId, name, trafficSourceId, trackingType, costModel, fallbackUrl, paths, sendConversionPostbacks);
    }
}
