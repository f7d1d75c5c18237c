package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.trafficsource.TrafficSourceService;
import java.util.Map;

/** {@code trafficSources(workspaceId, filter, first, after)}: a connection over one workspace's traffic sources. */
public final class TrafficSourcesFetcher implements DataFetcher<Map<String, Object>> {

    private final TrafficSourceService trafficSources;

    public TrafficSourcesFetcher(TrafficSourceService trafficSources) {
        this.trafficSources = trafficSources;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        return Connections.of(trafficSources.list(RequestScope.principal(environment), environment.getArgument("workspaceId"),
                Inputs.entityFilter(environment.getArgument("filter")), Connections.pageRequest(environment)));
    }
}
