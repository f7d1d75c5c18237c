package io.offerline.core.campaign;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Optional;

/** Campaigns by id and by workspace. */
public interface CampaignRepository {

    /** Stores a new campaign; never overwrites an existing one. */
    void create(Campaign campaign);

    Optional<Campaign> find(String campaignId);

    /**
     * Replaces the stored campaign while it is still at {@code expectedVersion}.
     *
     * @throws io.offerline.core.common.ConflictException when it changed meanwhile; nothing is written
     */
    void replace(Campaign campaign, long expectedVersion);

    /** A page of a workspace's campaigns, oldest first. */
    Page<Campaign> list(String workspaceId, CampaignFilter filter, PageRequest page);
}
