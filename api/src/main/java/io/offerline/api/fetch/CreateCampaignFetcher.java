package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;

/** {@code createCampaign(input)}. */
public final class CreateCampaignFetcher implements DataFetcher<Campaign> {

    private final CampaignService campaigns;

    public CreateCampaignFetcher(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Campaign get(DataFetchingEnvironment environment) {
        return campaigns.create(RequestScope.principal(environment), Inputs.campaign(environment.getArgument("input")));
    }
}
