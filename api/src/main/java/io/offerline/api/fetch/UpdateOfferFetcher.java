package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;

/** {@code updateOffer(id, version, input)}. */
public final class UpdateOfferFetcher implements DataFetcher<Offer> {

    private final OfferService offers;

    public UpdateOfferFetcher(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public Offer get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return offers.update(RequestScope.principal(environment), environment.getArgument("id"), version,
                Inputs.offer(environment.getArgument("input")));
    }
}
