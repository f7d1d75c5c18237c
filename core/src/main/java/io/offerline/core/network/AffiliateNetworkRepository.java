package io.offerline.core.network;

import io.offerline.core.workspace.WorkspaceEntityRepository;

/** Affiliate networks by id and by workspace. */
public interface AffiliateNetworkRepository extends WorkspaceEntityRepository<AffiliateNetwork> {
}
