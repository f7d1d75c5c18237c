package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;

/** {@code createOffer(input)}. */
public final class CreateOfferFetcher implements DataFetcher<Offer> {

    private final OfferService offers;

    public CreateOfferFetcher(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public Offer get(DataFetchingEnvironment environment) {
        return offers.create(RequestScope.principal(environment), Inputs.offer(environment.getArgument("input")));
    }
}
