package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.util.Map;

/** {@code createWorkspace(input)}. */
public final class CreateWorkspaceFetcher implements DataFetcher<Workspace> {

    private final WorkspaceService workspaces;

    public CreateWorkspaceFetcher(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Workspace get(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return workspaces.create(RequestScope.principal(environment), (String) input.get("name"));
    }
}
