package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import java.util.concurrent.CompletableFuture;

/** {@code Offer.affiliateNetwork}, through the per-request network loader. */
public final class OfferNetworkFetcher implements DataFetcher<CompletableFuture<AffiliateNetwork>> {

    @Override
    public CompletableFuture<AffiliateNetwork> get(DataFetchingEnvironment environment) {
        Offer offer = environment.getSource();
        if (offer.affiliateNetworkId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return environment.<String, AffiliateNetwork>getDataLoader(Loaders.NETWORKS).load(offer.affiliateNetworkId());
    }
}
