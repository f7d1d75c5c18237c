package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.TrackingSnippets;

/** {@code Offer.tracking}: the snippets on this deployment's public base URL. */
public final class OfferTrackingFetcher implements DataFetcher<TrackingSnippets> {

    @Override
    public TrackingSnippets get(DataFetchingEnvironment environment) {
        Offer offer = environment.getSource();
        return new TrackingSnippets(RequestScope.of(environment).baseUrl(), offer, null);
    }
}
