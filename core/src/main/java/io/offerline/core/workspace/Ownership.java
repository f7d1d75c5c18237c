package io.offerline.core.workspace;

import io.offerline.core.account.Principal;
import io.offerline.core.common.InvalidInputException;
import java.util.Optional;

/**
 * Who may see a workspace and what is in it, and where a reference may point. Everything of
 * another account, and a private workspace the caller is not assigned to, answers like a
 * missing id.
 */
public final class Ownership {

    private Ownership() {
    }

    /**
     * Whether the caller may open the workspace: it belongs to the caller's account, and it is
     * public, or the caller is an owner or admin, or is assigned to it.
     */
    public static boolean mayOpen(Principal principal, Workspace workspace) {
        return workspace.accountId().equals(principal.accountId())
                && (workspace.visibility() == Visibility.PUBLIC || principal.seesEveryWorkspace()
                        || principal.workspaceIds().contains(workspace.id()));
    }

    /**
     * The entity when it belongs to the caller's account; another account's entity is as good as
     * missing. Whether its workspace is open to the caller is {@link WorkspaceService}'s to check.
     */
    public static <T extends WorkspaceScoped> Optional<T> visible(Principal principal, Optional<T> entity) {
        return entity.filter(found -> found.accountId().equals(principal.accountId()));
    }

    /**
     * Fails with bad input in {@code field} unless the referenced entity lives in
     * {@code workspaceId}. Stricter than the rule that an element of a private workspace refers
     * only to its own workspace or a public one: every reference stays in its workspace.
     *
     * @param description how the error names it, e.g. {@code Lander l1}
     */
    public static void requireWorkspace(WorkspaceScoped entity, String field, String description, String workspaceId) {
        if (!entity.workspaceId().equals(workspaceId)) {
            throw new InvalidInputException(field, description + " belongs to another workspace.");
        }
    }
}
