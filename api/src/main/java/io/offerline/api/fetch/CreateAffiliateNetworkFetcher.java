package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;

/** {@code createAffiliateNetwork(input)}. */
public final class CreateAffiliateNetworkFetcher implements DataFetcher<AffiliateNetwork> {

    private final AffiliateNetworkService networks;

    public CreateAffiliateNetworkFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public AffiliateNetwork get(DataFetchingEnvironment environment) {
        return networks.create(RequestScope.principal(environment), NetworkInputs.draft(environment.getArgument("input")));
    }
}
