package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetworkService;
import java.util.Map;

/** {@code affiliateNetworks(workspaceId, filter, first, after)}: a connection over one workspace's networks. */
public final class AffiliateNetworksFetcher implements DataFetcher<Map<String, Object>> {

    private final AffiliateNetworkService networks;

    public AffiliateNetworksFetcher(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        return Connections.of(networks.list(RequestScope.principal(environment), environment.getArgument("workspaceId"),
                Inputs.entityFilter(environment.getArgument("filter")), Connections.pageRequest(environment)));
    }
}
