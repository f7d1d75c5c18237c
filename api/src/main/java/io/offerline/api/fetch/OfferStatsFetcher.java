package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.common.Money;
import io.offerline.core.offer.Offer;
import io.offerline.core.stats.OfferStats;
import io.offerline.core.stats.OfferStatsRepository;

/** {@code Offer.stats}: the offer was already checked visible when it was fetched. */
public final class OfferStatsFetcher implements DataFetcher<OfferStats> {

    private final OfferStatsRepository stats;

    public OfferStatsFetcher(OfferStatsRepository stats) {
        this.stats = stats;
    }

    @Override
    public OfferStats get(DataFetchingEnvironment environment) {
        Offer offer = environment.getSource();
        OfferStats counted = stats.allTime(offer.id());
        return new OfferStats(counted.visits(), counted.clicks(), counted.conversions(), Money.shown(counted.revenue()));
    }
}
