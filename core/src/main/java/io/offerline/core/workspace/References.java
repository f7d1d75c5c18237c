package io.offerline.core.workspace;

import io.offerline.core.account.Principal;

/** Checks one entity's reference to another: a campaign's lander or traffic source, an offer's network. */
@FunctionalInterface
public interface References {

    /**
     * Fails with bad input in {@code field} unless the caller may see the entity and it lives in
     * {@code workspaceId}.
     */
    void requireInWorkspace(Principal principal, String field, String id, String workspaceId);
}
