package io.offerline.core.campaign;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.workspace.WorkspaceEntityRepository;

/** Campaigns by id and by workspace. */
public interface CampaignRepository extends WorkspaceEntityRepository<Campaign> {

    /** A page of a workspace's campaigns that pass {@code filter}, oldest first. */
    Page<Campaign> list(String workspaceId, CampaignFilter filter, PageRequest page);
}
