package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;

/** {@code archiveAffiliateNetwork(id, version)}. */
public final class ArchiveAffiliateNetworkFetcher implements DataFetcher<AffiliateNetwork> {

    private final AffiliateNetworkService networks;

    public ArchiveAffiliateNetworkFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public AffiliateNetwork get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return networks.archive(RequestScope.principal(environment), environment.getArgument("id"), version, true);
    }
}
