package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.OfferService;
import java.util.Map;

/** {@code offers(workspaceId, filter, first, after)}: a connection over one workspace's offers. */
public final class OffersFetcher implements DataFetcher<Map<String, Object>> {

    private final OfferService offers;

    public OffersFetcher(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        return Connections.of(offers.list(RequestScope.principal(environment), environment.getArgument("workspaceId"),
                Inputs.offerFilter(environment.getArgument("filter")), Connections.pageRequest(environment)));
    }
}
