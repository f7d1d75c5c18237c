package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.util.Map;

/** {@code updateWorkspace(id, input)}: renames a workspace. */
public final class UpdateWorkspaceFetcher implements DataFetcher<Workspace> {

    private final WorkspaceService workspaces;

    public UpdateWorkspaceFetcher(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Workspace get(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return workspaces.rename(RequestScope.principal(environment), environment.getArgument("id"), (String) input.get("name"));
    }
}
