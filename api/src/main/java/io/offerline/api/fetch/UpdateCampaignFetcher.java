package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;

/** {@code updateCampaign(id, version, input)}. */
public final class UpdateCampaignFetcher implements DataFetcher<Campaign> {

    private final CampaignService campaigns;
    private final AccountRepository accounts;

    public UpdateCampaignFetcher(CampaignService campaigns, AccountRepository accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @Override
    public Campaign get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        int version = environment.getArgument("version");
        return campaigns.update(principal, environment.getArgument("id"), version,
                Inputs.campaign(environment.getArgument("input"), AccountCurrency.of(accounts, principal)));
    }
}
