package io.offerline.core.workspace;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Names;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Creates and lists workspaces, and decides who may see one. */
public final class WorkspaceService {

    private final WorkspaceRepository repository;
    private final Clock clock;

    public WorkspaceService(WorkspaceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Workspace create(Principal principal, String name) {
        principal.requireWrite();
        Workspace workspace = new Workspace(Ids.newId(), principal.accountId(), Names.require("name", name), clock.instant());
        repository.save(workspace);
        return workspace;
    }

    public Workspace rename(Principal principal, String workspaceId, String name) {
        principal.requireWrite();
        Workspace current = visible(principal, "id", workspaceId);
        Workspace renamed = new Workspace(current.id(), current.accountId(), Names.require("name", name), current.createdAt());
        repository.save(renamed);
        return renamed;
    }

    public List<Workspace> list(Principal principal) {
        return repository.listByAccount(principal.accountId());
    }

    /** The workspaces among {@code workspaceIds} that exist and the caller may see, in one batch read. */
    public List<Workspace> findAll(Principal principal, Collection<String> workspaceIds) {
        return repository.findAll(workspaceIds).stream().filter(workspace -> workspace.accountId().equals(principal.accountId())).toList();
    }

    /**
     * The workspace when the caller may see it. A workspace of another account answers
     * exactly like a missing one.
     */
    public Workspace visible(Principal principal, String field, String workspaceId) {
        return repository.find(workspaceId)
                .filter(workspace -> workspace.accountId().equals(principal.accountId()))
                .orElseThrow(() -> new NotFoundException(field, "No workspace with id " + workspaceId + "."));
    }
}
