package io.offerline.core.workspace;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Workspace entities of one type by id and by workspace.
 *
 * @param <T> the entity type
 */
public interface WorkspaceEntityRepository<T extends WorkspaceEntity<T>> {

    /** Stores a new entity; never overwrites an existing one. */
    void create(T entity);

    Optional<T> find(String id);

    /** The entities that exist among {@code ids}, in one batch read. */
    List<T> findAll(Collection<String> ids);

    /**
     * Replaces the stored entity while it is still at {@code expectedVersion}; otherwise (or
     * when it is gone) throws {@link io.offerline.core.common.ConflictException} and writes nothing.
     */
    void replace(T entity, long expectedVersion);

    /** A workspace's entities that pass {@code filter}, oldest first. */
    Page<T> list(String workspaceId, EntityFilter filter, PageRequest page);
}
