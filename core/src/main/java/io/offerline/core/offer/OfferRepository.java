package io.offerline.core.offer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Offers by id. */
public interface OfferRepository {

    /** Stores a new offer; never overwrites an existing one. */
    void create(Offer offer);

    Optional<Offer> find(String offerId);

    /** The offers that exist among {@code offerIds}, in one batch read. */
    List<Offer> findAll(Collection<String> offerIds);
}
