package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;

/** {@code updateAffiliateNetwork(id, version, input)}: a stale version is a conflict. */
public final class UpdateAffiliateNetworkFetcher implements DataFetcher<AffiliateNetwork> {

    private final AffiliateNetworkService networks;

    public UpdateAffiliateNetworkFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public AffiliateNetwork get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return networks.update(RequestScope.principal(environment), environment.getArgument("id"), version,
                NetworkInputs.draft(environment.getArgument("input")));
    }
}
