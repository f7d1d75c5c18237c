package io.offerline.core.workspace;

import io.offerline.core.account.Principal;
import io.offerline.core.common.InvalidInputException;
import java.util.Optional;

/** Who may see an entity, and where a reference to it may point. */
public final class Ownership {

    private Ownership() {
    }

    /** The entity when it belongs to the caller's account; another account's entity is as good as missing. */
    public static <T extends WorkspaceScoped> Optional<T> visible(Principal principal, Optional<T> entity) {
        return entity.filter(found -> found.accountId().equals(principal.accountId()));
    }

    /**
     * Fails with bad input in {@code field} unless the referenced entity lives in
     * {@code workspaceId}.
     *
     * @param description how the error names it, e.g. {@code Lander l1}
     */
    public static void requireWorkspace(WorkspaceScoped entity, String field, String description, String workspaceId) {
        if (!entity.workspaceId().equals(workspaceId)) {
            throw new InvalidInputException(field, description + " belongs to another workspace.");
        }
    }
}
