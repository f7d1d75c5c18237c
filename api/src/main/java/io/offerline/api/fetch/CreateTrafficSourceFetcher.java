package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;

/** {@code createTrafficSource(input)}; a default cost model without currency is in the account's currency. */
public final class CreateTrafficSourceFetcher implements DataFetcher<TrafficSource> {

    private final TrafficSourceService trafficSources;
    private final AccountRepository accounts;

    public CreateTrafficSourceFetcher(TrafficSourceService trafficSources, AccountRepository accounts) {
        this.trafficSources = trafficSources;
        this.accounts = accounts;
    }

    @Override
    public TrafficSource get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        return trafficSources.create(principal,
                TrafficSourceInputs.draft(environment.getArgument("input"), AccountCurrency.of(accounts, principal)));
    }
}
