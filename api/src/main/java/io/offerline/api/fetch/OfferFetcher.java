package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;

/** {@code offer(id)}: null when missing or not visible to the caller. */
public final class OfferFetcher implements DataFetcher<Offer> {

    private final OfferService offers;

    public OfferFetcher(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public Offer get(DataFetchingEnvironment environment) {
        return offers.find(RequestScope.principal(environment), environment.getArgument("id")).orElse(null);
    }
}
