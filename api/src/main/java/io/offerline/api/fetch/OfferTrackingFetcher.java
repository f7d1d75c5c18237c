package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.NetworkMacros;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.TrackingSnippets;
import java.util.concurrent.CompletableFuture;

/** {@code Offer.tracking}: the snippets on this deployment's public base URL, with the network's macros. */
public final class OfferTrackingFetcher implements DataFetcher<CompletableFuture<TrackingSnippets>> {

    @Override
    public CompletableFuture<TrackingSnippets> get(DataFetchingEnvironment environment) {
        Offer offer = environment.getSource();
        String baseUrl = RequestScope.of(environment).baseUrl();
        if (offer.affiliateNetworkId() == null) {
            return CompletableFuture.completedFuture(new TrackingSnippets(baseUrl, offer, null));
        }
        return environment.<String, AffiliateNetwork>getDataLoader(Loaders.NETWORKS).load(offer.affiliateNetworkId())
                .thenApply(network -> new TrackingSnippets(baseUrl, offer, network == null ? null
                        : new NetworkMacros(network.clickIdMacro(), network.payoutMacro(), network.txidMacro())));
    }
}
