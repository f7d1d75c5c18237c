package io.offerline.dynamodb;

import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkRepository;

/** Affiliate networks in the config table; an index lists them per workspace. */
public final class DynamoAffiliateNetworkRepository extends DynamoWorkspaceEntities<AffiliateNetwork> implements AffiliateNetworkRepository {

    public DynamoAffiliateNetworkRepository(DocumentTables tables, BatchReader batchReader) {
        super(tables, batchReader, EntityLayout.byName("affiliate network", Keys::network, Keys::networksOf,
                AffiliateNetworkMapper::document, AffiliateNetworkMapper::network));
    }
}
