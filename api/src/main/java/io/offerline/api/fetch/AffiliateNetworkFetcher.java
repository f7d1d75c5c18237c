package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;

/** {@code affiliateNetwork(id)}: null when missing or not visible to the caller. */
public final class AffiliateNetworkFetcher implements DataFetcher<AffiliateNetwork> {

    private final AffiliateNetworkService networks;

    public AffiliateNetworkFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public AffiliateNetwork get(DataFetchingEnvironment environment) {
        return networks.find(RequestScope.principal(environment), environment.getArgument("id")).orElse(null);
    }
}
