package io.offerline.core.network;

import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;

/**
 * Affiliate networks within the caller's workspaces. An update keeps the postback secret its
 * draft leaves out; an archived network keeps working for the offers that use it.
 */
public final class AffiliateNetworkService extends WorkspaceEntityService<AffiliateNetwork, AffiliateNetworkDraft> {

    public AffiliateNetworkService(AffiliateNetworkRepository repository, WorkspaceService workspaces, Clock clock) {
        super("affiliate network", repository, workspaces, clock);
    }
}
