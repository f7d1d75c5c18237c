package io.offerline.core.lander;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.workspace.Ownership;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Validates, creates, changes and reads landers within the caller's workspaces. Every rule is
 * checked before anything is written; a lander of another account answers exactly like a
 * missing one.
 */
public final class LanderService {

    private final LanderRepository repository;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public LanderService(LanderRepository repository, WorkspaceService workspaces, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public Lander create(Principal principal, LanderDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        Instant now = clock.instant();
        Lander lander = draft.toLander(Ids.newId(), workspace.accountId(), false, 1, now, now);
        repository.create(lander);
        return lander;
    }

    /** Replaces every field with the draft's, if the lander is still at {@code expectedVersion}; the workspace never changes. */
    public Lander update(Principal principal, String landerId, long expectedVersion, LanderDraft draft) {
        principal.requireWrite();
        Lander current = visible(principal, "id", landerId);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            throw new InvalidInputException("workspaceId", "A lander stays in its workspace " + current.workspaceId() + ".");
        }
        Lander updated = draft.toLander(current.id(), current.accountId(), current.archived(), current.version() + 1,
                current.createdAt(), clock.instant());
        repository.replace(updated, expectedVersion);
        return updated;
    }

    /** Archives ({@code archive} true) or restores the lander; archived landers leave default lists, campaigns keep them. */
    public Lander archive(Principal principal, String landerId, long expectedVersion, boolean archive) {
        principal.requireWrite();
        Lander changed = visible(principal, "id", landerId).withArchived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }

    /** The lander when it exists and the caller may see it. */
    public Optional<Lander> find(Principal principal, String landerId) {
        return Ownership.visible(principal, repository.find(landerId));
    }

    /** Like {@link #find} for a reference in an input; a missing lander names {@code field}. */
    public Lander visible(Principal principal, String field, String landerId) {
        return find(principal, landerId).orElseThrow(() -> new NotFoundException(field, "No lander with id " + landerId + "."));
    }

    /** Like {@link #visible}, and the lander must live in {@code workspaceId} (a campaign's reference). */
    public void requireInWorkspace(Principal principal, String field, String landerId, String workspaceId) {
        Ownership.requireWorkspace(visible(principal, field, landerId), field, "Lander " + landerId, workspaceId);
    }

    public Page<Lander> list(Principal principal, String workspaceId, LanderFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? LanderFilter.ACTIVE : filter, page);
    }
}
