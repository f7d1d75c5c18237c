package io.offerline.core.lander;

import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;

/** Landers within the caller's workspaces; a lander's draft checks its own URL and calls to action. */
public final class LanderService extends WorkspaceEntityService<Lander, LanderDraft> {

    public LanderService(LanderRepository repository, WorkspaceService workspaces, Clock clock) {
        super("lander", repository, workspaces, clock);
    }
}
