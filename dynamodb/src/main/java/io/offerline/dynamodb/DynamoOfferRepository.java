package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferFilter;
import io.offerline.core.offer.OfferRepository;

/** Offers in the config table; an index lists them per workspace, and a list's search looks in names and tags. */
public final class DynamoOfferRepository extends DynamoWorkspaceEntities<Offer> implements OfferRepository {

    public DynamoOfferRepository(DocumentTables tables, BatchReader batchReader) {
        super(tables, batchReader, new EntityLayout<>("offer", Keys::offer, Keys::offersOf, OfferMapper::document, OfferMapper::offer,
                OfferMapper.SEARCH_TEXT));
    }

    @Override
    public Page<Offer> list(String workspaceId, OfferFilter filter, PageRequest page) {
        return list(workspaceId, filter.entities(), new ListFilters.Reference("affiliateNetworkId", filter.affiliateNetworkId()), page);
    }
}
