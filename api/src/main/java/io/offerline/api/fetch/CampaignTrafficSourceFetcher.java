package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.trafficsource.TrafficSource;
import java.util.concurrent.CompletableFuture;

/** {@code Campaign.trafficSource}, through the per-request traffic source loader. */
public final class CampaignTrafficSourceFetcher implements DataFetcher<CompletableFuture<TrafficSource>> {

    @Override
    public CompletableFuture<TrafficSource> get(DataFetchingEnvironment environment) {
        Campaign campaign = environment.getSource();
        if (campaign.trafficSourceId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return environment.<String, TrafficSource>getDataLoader(Loaders.TRAFFIC_SOURCES).load(campaign.trafficSourceId());
    }
}
