package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;

/** {@code updateTrafficSource(id, version, input)}: a stale version is a conflict. */
public final class UpdateTrafficSourceFetcher implements DataFetcher<TrafficSource> {

    private final TrafficSourceService trafficSources;
    private final AccountRepository accounts;

    public UpdateTrafficSourceFetcher(TrafficSourceService trafficSources, AccountRepository accounts) {
        this.trafficSources = trafficSources;
        this.accounts = accounts;
    }

    @Override
    public TrafficSource get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        int version = environment.getArgument("version");
        return trafficSources.update(principal, environment.getArgument("id"), version,
                TrafficSourceInputs.draft(environment.getArgument("input"), AccountCurrency.of(accounts, principal)));
    }
}
