package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;

/** {@code restoreAffiliateNetwork(id, version)}. */
public final class RestoreAffiliateNetworkFetcher implements DataFetcher<AffiliateNetwork> {

    private final AffiliateNetworkService networks;

    public RestoreAffiliateNetworkFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public AffiliateNetwork get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return networks.archive(RequestScope.principal(environment), environment.getArgument("id"), version, false);
    }
}
