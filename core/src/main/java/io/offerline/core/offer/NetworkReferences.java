package io.offerline.core.offer;

import io.offerline.core.account.Principal;

/** Checks an offer's reference to an affiliate network. */
@FunctionalInterface
public interface NetworkReferences {

    /**
     * Fails with bad input in {@code field} unless the caller may see the network and it lives in
     * {@code workspaceId}.
     */
    void requireInWorkspace(Principal principal, String field, String networkId, String workspaceId);
}
