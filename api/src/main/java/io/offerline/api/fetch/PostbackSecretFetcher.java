package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.network.AffiliateNetwork;

/** {@code AffiliateNetwork.postbackSecret}: only ever the masked form; the secret is write-only. */
public final class PostbackSecretFetcher implements DataFetcher<String> {

    @Override
    public String get(DataFetchingEnvironment environment) {
        AffiliateNetwork network = environment.getSource();
        return network.hasPostbackSecret() ? network.postbackSecret().masked() : null;
    }
}
