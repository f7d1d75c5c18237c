package io.offerline.core.lander;

import io.offerline.core.workspace.WorkspaceEntityRepository;

/** Landers by id and by workspace. */
public interface LanderRepository extends WorkspaceEntityRepository<Lander> {
}
