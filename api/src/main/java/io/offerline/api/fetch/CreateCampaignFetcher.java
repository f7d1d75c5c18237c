package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;

/** {@code createCampaign(input)}; a cost model without currency is in the account's currency. */
public final class CreateCampaignFetcher implements DataFetcher<Campaign> {

    private final CampaignService campaigns;
    private final AccountRepository accounts;

    public CreateCampaignFetcher(CampaignService campaigns, AccountRepository accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @Override
    public Campaign get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        return campaigns.create(principal, Inputs.campaign(environment.getArgument("input"), AccountCurrency.of(accounts, principal)));
    }
}
