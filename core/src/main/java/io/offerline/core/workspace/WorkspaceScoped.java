package io.offerline.core.workspace;

/** An entity that lives in exactly one workspace of one account. */
public interface WorkspaceScoped {

    String accountId();

    String workspaceId();
}
