package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.account.Principal;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspaces one request has opened, each read at most once however many fields need it (a
 * list and its entities' stats). Only workspaces the caller may see are kept: a refusal is asked
 * again, and answers the same.
 */
public final class RequestWorkspaces {

    private final Principal principal;
    private final WorkspaceService workspaces;
    private final Map<String, Workspace> opened = new ConcurrentHashMap<>();

    public RequestWorkspaces(Principal principal, WorkspaceService workspaces) {
        this.principal = principal;
        this.workspaces = workspaces;
    }

    public static RequestWorkspaces of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(RequestWorkspaces.class);
    }

    /** The workspace as {@link WorkspaceService#visible} answers it to the request's caller. */
    public Workspace visible(String workspaceId) {
        return opened.computeIfAbsent(workspaceId, id -> workspaces.visible(principal, "workspaceId", id));
    }
}
