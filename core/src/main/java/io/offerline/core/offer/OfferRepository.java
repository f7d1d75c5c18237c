package io.offerline.core.offer;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.workspace.WorkspaceEntityRepository;

/** Offers by id and by workspace. */
public interface OfferRepository extends WorkspaceEntityRepository<Offer> {

    /** A page of a workspace's offers that pass {@code filter}, oldest first. */
    Page<Offer> list(String workspaceId, OfferFilter filter, PageRequest page);
}
