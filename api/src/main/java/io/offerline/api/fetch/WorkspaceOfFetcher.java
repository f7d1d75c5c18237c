package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceScoped;
import java.util.concurrent.CompletableFuture;

/** {@code workspace} of an offer or campaign, through the per-request workspace loader. */
public final class WorkspaceOfFetcher implements DataFetcher<CompletableFuture<Workspace>> {

    @Override
    public CompletableFuture<Workspace> get(DataFetchingEnvironment environment) {
        WorkspaceScoped entity = environment.getSource();
        return environment.<String, Workspace>getDataLoader(Loaders.WORKSPACES).load(entity.workspaceId());
    }
}
