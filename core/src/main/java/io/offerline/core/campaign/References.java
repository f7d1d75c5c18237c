package io.offerline.core.campaign;

import io.offerline.core.account.Principal;

/** Checks a campaign's reference to a lander or traffic source. */
@FunctionalInterface
public interface References {

    /**
     * Fails with bad input in {@code field} unless the caller may see the entity and it lives in
     * {@code workspaceId}.
     */
    void requireInWorkspace(Principal principal, String field, String id, String workspaceId);
}
