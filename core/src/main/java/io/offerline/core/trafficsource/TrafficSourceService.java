package io.offerline.core.trafficsource;

import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;

/** Traffic sources within the caller's workspaces; campaigns read a source's new parameters as soon as it changes. */
public final class TrafficSourceService extends WorkspaceEntityService<TrafficSource, TrafficSourceDraft> {

    public TrafficSourceService(TrafficSourceRepository repository, WorkspaceService workspaces, Clock clock) {
        super("traffic source", repository, workspaces, clock);
    }
}
