package io.offerline.core.workspace;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Names;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and lists workspaces, and decides who may see one (by {@link Ownership#mayOpen}). */
public final class WorkspaceService {

    private final WorkspaceRepository repository;
    private final Clock clock;

    public WorkspaceService(WorkspaceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new workspace, public unless {@code visibility} says otherwise; owners and admins only. */
    public Workspace create(Principal principal, String name, Visibility visibility) {
        principal.requireAdmin();
        Workspace workspace = new Workspace(Ids.newId(), principal.accountId(), Names.require("name", name), clock.instant(),
                Objects.requireNonNullElse(visibility, Visibility.PUBLIC));
        repository.save(workspace);
        return workspace;
    }

    /** Renames the workspace and sets its visibility, which null keeps; owners and admins only. */
    public Workspace update(Principal principal, String workspaceId, String name, Visibility visibility) {
        principal.requireAdmin();
        Workspace current = visible(principal, "id", workspaceId);
        Workspace updated = new Workspace(current.id(), current.accountId(), Names.require("name", name), current.createdAt(),
                Objects.requireNonNullElse(visibility, current.visibility()));
        repository.save(updated);
        return updated;
    }

    /** The workspaces of the caller's account the caller may open, oldest first. */
    public List<Workspace> list(Principal principal) {
        return repository.listByAccount(principal.accountId()).stream().filter(workspace -> Ownership.mayOpen(principal, workspace)).toList();
    }

    /** The workspaces among {@code workspaceIds} that exist and the caller may see, in one batch read. */
    public List<Workspace> findAll(Principal principal, Collection<String> workspaceIds) {
        return repository.findAll(workspaceIds).stream().filter(workspace -> Ownership.mayOpen(principal, workspace)).toList();
    }

    /**
     * Which of {@code workspaceIds} the caller may open. Owners and admins open every workspace of
     * their account, which costs no read.
     */
    public Set<String> openable(Principal principal, Collection<String> workspaceIds) {
        if (principal.seesEveryWorkspace()) {
            return Set.copyOf(workspaceIds);
        }
        return findAll(principal, Set.copyOf(workspaceIds)).stream().map(Workspace::id).collect(Collectors.toSet());
    }

    /**
     * The workspace when the caller may see it. A workspace of another account, or a private one
     * the caller is not assigned to, answers exactly like a missing one.
     */
    public Workspace visible(Principal principal, String field, String workspaceId) {
        return repository.find(workspaceId)
                .filter(workspace -> Ownership.mayOpen(principal, workspace))
                .orElseThrow(() -> new NotFoundException(field, "No workspace with id " + workspaceId + "."));
    }
}
