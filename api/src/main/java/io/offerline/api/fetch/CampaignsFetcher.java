package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.CampaignService;
import java.util.Map;

/** {@code campaigns(workspaceId, filter, first, after)}: a connection over one workspace's campaigns. */
public final class CampaignsFetcher implements DataFetcher<Map<String, Object>> {

    private final CampaignService campaigns;

    public CampaignsFetcher(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        return Connections.of(campaigns.list(RequestScope.principal(environment), environment.getArgument("workspaceId"),
                Inputs.campaignFilter(environment.getArgument("filter")), Connections.pageRequest(environment)));
    }
}
