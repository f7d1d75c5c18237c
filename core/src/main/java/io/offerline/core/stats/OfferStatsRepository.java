package io.offerline.core.stats;

/** Reads the counted traffic of an offer. */
public interface OfferStatsRepository {

    OfferStats allTime(String offerId);
}
