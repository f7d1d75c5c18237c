package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;

/** {@code trafficSource(id)}: null when missing or not visible to the caller. */
public final class TrafficSourceFetcher implements DataFetcher<TrafficSource> {

    private final TrafficSourceService trafficSources;

    public TrafficSourceFetcher(TrafficSourceService trafficSources) {
        this.trafficSources = trafficSources;
    }

    @Override
    public TrafficSource get(DataFetchingEnvironment environment) {
        return trafficSources.find(RequestScope.principal(environment), environment.getArgument("id")).orElse(null);
    }
}
