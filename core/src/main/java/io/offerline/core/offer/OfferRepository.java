package io.offerline.core.offer;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Offers by id and by workspace. */
public interface OfferRepository {

    /** Stores a new offer; never overwrites an existing one. */
    void create(Offer offer);

    Optional<Offer> find(String offerId);

    /** The offers that exist among {@code offerIds}, in one batch read. */
    List<Offer> findAll(Collection<String> offerIds);

    /**
     * Replaces the stored offer while it is still at {@code expectedVersion}.
     *
     * @throws io.offerline.core.common.ConflictException when it changed meanwhile; nothing is written
     */
    void replace(Offer offer, long expectedVersion);

    /** A page of a workspace's offers, oldest first. */
    Page<Offer> list(String workspaceId, OfferFilter filter, PageRequest page);
}
