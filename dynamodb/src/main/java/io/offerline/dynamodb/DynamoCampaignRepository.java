package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import java.util.Optional;

/** Campaigns in the config table. */
public final class DynamoCampaignRepository implements CampaignRepository {

    private final DocumentTables tables;

    public DynamoCampaignRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void create(Campaign campaign) {
        tables.config().putItem(Documents.createOnce(CampaignMapper.document(campaign)));
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        return Optional.ofNullable(tables.config().getItem(Keys.campaign(campaignId))).map(CampaignMapper::campaign);
    }
}
