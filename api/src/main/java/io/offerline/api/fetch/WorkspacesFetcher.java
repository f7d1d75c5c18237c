package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.util.List;

/** {@code workspaces}: those of the caller's account. */
public final class WorkspacesFetcher implements DataFetcher<List<Workspace>> {

    private final WorkspaceService workspaces;

    public WorkspacesFetcher(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public List<Workspace> get(DataFetchingEnvironment environment) {
        return workspaces.list(RequestScope.principal(environment));
    }
}
