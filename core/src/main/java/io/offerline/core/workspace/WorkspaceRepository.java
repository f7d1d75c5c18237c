package io.offerline.core.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Workspaces by id and by account. */
public interface WorkspaceRepository {

    void save(Workspace workspace);

    Optional<Workspace> find(String workspaceId);

    /** The workspaces that exist among {@code workspaceIds}, in one batch read. */
    List<Workspace> findAll(Collection<String> workspaceIds);

    /** All workspaces of an account, oldest first. */
    List<Workspace> listByAccount(String accountId);
}
