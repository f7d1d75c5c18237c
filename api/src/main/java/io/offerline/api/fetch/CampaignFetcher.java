package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;

/** {@code campaign(id)}: null when missing or not visible to the caller. */
public final class CampaignFetcher implements DataFetcher<Campaign> {

    private final CampaignService campaigns;

    public CampaignFetcher(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Campaign get(DataFetchingEnvironment environment) {
        return campaigns.find(RequestScope.principal(environment), environment.getArgument("id")).orElse(null);
    }
}
