package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;

/** {@code cloneOffer(id)}. */
public final class CloneOfferFetcher implements DataFetcher<Offer> {

    private final OfferService offers;

    public CloneOfferFetcher(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public Offer get(DataFetchingEnvironment environment) {
        return offers.clone(RequestScope.principal(environment), environment.getArgument("id"));
    }
}
