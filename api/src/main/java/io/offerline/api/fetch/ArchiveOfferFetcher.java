package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;

/** {@code archiveOffer(id, version)} and, with {@code archive} false, {@code restoreOffer}. */
public final class ArchiveOfferFetcher implements DataFetcher<Offer> {

    private final OfferService offers;
    private final boolean archive;

    public ArchiveOfferFetcher(OfferService offers, boolean archive) {
        this.offers = offers;
        this.archive = archive;
    }

    @Override
    public Offer get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return offers.archive(RequestScope.principal(environment), environment.getArgument("id"), version, archive);
    }
}
