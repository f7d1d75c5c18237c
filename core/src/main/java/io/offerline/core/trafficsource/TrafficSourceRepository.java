package io.offerline.core.trafficsource;

import io.offerline.core.workspace.WorkspaceEntityRepository;

/** Traffic sources by id and by workspace. */
public interface TrafficSourceRepository extends WorkspaceEntityRepository<TrafficSource> {
}
