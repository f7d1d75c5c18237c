package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;

/** {@code archiveTrafficSource(id, version)} and, with {@code archive} false, {@code restoreTrafficSource}. */
public final class ArchiveTrafficSourceFetcher implements DataFetcher<TrafficSource> {

    private final TrafficSourceService trafficSources;
    private final boolean archive;

    public ArchiveTrafficSourceFetcher(TrafficSourceService trafficSources, boolean archive) {
        this.trafficSources = trafficSources;
        this.archive = archive;
    }

    @Override
    public TrafficSource get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return trafficSources.archive(RequestScope.principal(environment), environment.getArgument("id"), version, archive);
    }
}
