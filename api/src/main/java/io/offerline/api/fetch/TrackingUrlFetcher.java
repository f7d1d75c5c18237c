package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.trafficsource.TrafficSource;
import java.util.concurrent.CompletableFuture;

/**
 * {@code Campaign.trackingUrl}: the campaign URL on this deployment's public base URL, with the
 * traffic source's parameters and macros (e.g. {@code ?clickid={clickid}&cost={cost}}).
 */
public final class TrackingUrlFetcher implements DataFetcher<CompletableFuture<String>> {

    @Override
    public CompletableFuture<String> get(DataFetchingEnvironment environment) {
        Campaign campaign = environment.getSource();
        String url = RequestScope.of(environment).baseUrl() + "/c/" + campaign.id();
        if (campaign.trafficSourceId() == null) {
            return CompletableFuture.completedFuture(url);
        }
        return environment.<String, TrafficSource>getDataLoader(Loaders.TRAFFIC_SOURCES).load(campaign.trafficSourceId())
                .thenApply(source -> source == null || source.trackingQuery().isEmpty() ? url : url + "?" + source.trackingQuery());
    }
}
