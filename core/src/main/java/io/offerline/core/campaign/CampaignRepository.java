package io.offerline.core.campaign;

import java.util.Optional;

/** Campaigns by id. */
public interface CampaignRepository {

    /** Stores a new campaign; never overwrites an existing one. */
    void create(Campaign campaign);

    Optional<Campaign> find(String campaignId);
}
