package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.DirectTrackingSnippet;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.trafficsource.TrafficSource;
import java.util.concurrent.CompletableFuture;

/**
 * {@code Campaign.trackingUrl}: the campaign URL on this deployment's public base URL, with the
 * traffic source's parameters and macros (e.g. {@code ?clickid={clickid}&cost={cost}}); for a
 * {@code DIRECT} campaign, the script tag its pages carry ({@link DirectTrackingSnippet}).
 */
public final class TrackingUrlFetcher implements DataFetcher<CompletableFuture<String>> {

    @Override
    public CompletableFuture<String> get(DataFetchingEnvironment environment) {
        Campaign campaign = environment.getSource();
        String baseUrl = RequestScope.of(environment).baseUrl();
        if (campaign.trackingType() == TrackingType.DIRECT) {
            return CompletableFuture.completedFuture(new DirectTrackingSnippet(baseUrl, campaign).html());
        }
        String url = baseUrl + "/c/" + campaign.id();
        if (campaign.trafficSourceId() == null) {
            return CompletableFuture.completedFuture(url);
        }
        return environment.<String, TrafficSource>getDataLoader(Loaders.TRAFFIC_SOURCES).load(campaign.trafficSourceId())
                .thenApply(source -> source == null || source.trackingQuery().isEmpty() ? url : url + "?" + source.trackingQuery());
    }
}
