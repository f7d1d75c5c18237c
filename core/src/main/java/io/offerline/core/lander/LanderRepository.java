package io.offerline.core.lander;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Landers by id and by workspace. */
public interface LanderRepository {

    /** Stores a new lander; never overwrites an existing one. */
    void create(Lander lander);

    Optional<Lander> find(String landerId);

    /** The landers that exist among {@code landerIds}, in one batch read. */
    List<Lander> findAll(Collection<String> landerIds);

    /**
     * Replaces the stored lander while it is still at {@code expectedVersion}; otherwise (or
     * when it is gone) throws {@link io.offerline.core.common.ConflictException} and writes nothing.
     */
    void replace(Lander lander, long expectedVersion);

    /** A workspace's landers that pass {@code filter}, oldest first. */
    Page<Lander> list(String workspaceId, LanderFilter filter, PageRequest page);
}
