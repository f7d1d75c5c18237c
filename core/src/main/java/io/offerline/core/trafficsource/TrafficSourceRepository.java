package io.offerline.core.trafficsource;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Traffic sources by id and by workspace. */
public interface TrafficSourceRepository {

    /** Stores a new traffic source; never overwrites an existing one. */
    void create(TrafficSource trafficSource);

    Optional<TrafficSource> find(String trafficSourceId);

    /** The traffic sources that exist among {@code trafficSourceIds}, in one batch read. */
    List<TrafficSource> findAll(Collection<String> trafficSourceIds);

    /**
     * Replaces the stored traffic source while it is still at {@code expectedVersion}; otherwise
     * (or when it is gone) throws {@link io.offerline.core.common.ConflictException} and writes nothing.
     */
    void replace(TrafficSource trafficSource, long expectedVersion);

    /** A workspace's traffic sources that pass {@code filter}, oldest first. */
    Page<TrafficSource> list(String workspaceId, TrafficSourceFilter filter, PageRequest page);
}
