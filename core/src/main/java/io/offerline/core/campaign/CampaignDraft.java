package io.offerline.core.campaign;

import java.util.List;

/** What a user sends to create a campaign, before validation. */
public record CampaignDraft(String workspaceId, String name, String fallbackUrl, List<CampaignPath> paths) {
}
