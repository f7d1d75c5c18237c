package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.offer.Offer;
import java.util.concurrent.CompletableFuture;

/** {@code WeightedOffer.offer}, through the per-request offer loader. */
public final class WeightedOfferFetcher implements DataFetcher<CompletableFuture<Offer>> {

    @Override
    public CompletableFuture<Offer> get(DataFetchingEnvironment environment) {
        WeightedOffer weighted = environment.getSource();
        return environment.<String, Offer>getDataLoader(Loaders.OFFERS).load(weighted.offerId());
    }
}
