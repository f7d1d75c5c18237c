package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.offer.TrackingSnippets;

/** {@code OfferTracking.postbackUrl(includeAdditionalParameters)}. */
public final class PostbackUrlFetcher implements DataFetcher<String> {

    @Override
    public String get(DataFetchingEnvironment environment) {
        TrackingSnippets snippets = environment.getSource();
        return snippets.postbackUrl(Boolean.TRUE.equals(environment.getArgument("includeAdditionalParameters")));
    }
}
