package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;

/** {@code Campaign.trackingUrl}: the campaign URL on this deployment's public base URL. */
public final class TrackingUrlFetcher implements DataFetcher<String> {

    @Override
    public String get(DataFetchingEnvironment environment) {
        Campaign campaign = environment.getSource();
        return RequestScope.of(environment).baseUrl() + "/c/" + campaign.id();
    }
}
