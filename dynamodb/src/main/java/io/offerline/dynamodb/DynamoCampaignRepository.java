package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignFilter;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;

/** Campaigns in the config table; an index lists them per workspace. */
public final class DynamoCampaignRepository extends DynamoWorkspaceEntities<Campaign> implements CampaignRepository {

    public DynamoCampaignRepository(DocumentTables tables, BatchReader batchReader) {
        super(tables, batchReader, EntityLayout.byName("campaign", Keys::campaign, Keys::campaignsOf, CampaignMapper::document,
                CampaignMapper::campaign));
    }

    @Override
    public Page<Campaign> list(String workspaceId, CampaignFilter filter, PageRequest page) {
        return list(workspaceId, filter.entities(), new ListFilters.Reference("trafficSourceId", filter.trafficSourceId()), page);
    }
}
