package io.offerline.core.network;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Affiliate networks by id and by workspace. */
public interface AffiliateNetworkRepository {

    /** Stores a new network; never overwrites an existing one. */
    void create(AffiliateNetwork network);

    Optional<AffiliateNetwork> find(String networkId);

    /** The networks that exist among {@code networkIds}, in one batch read. */
    List<AffiliateNetwork> findAll(Collection<String> networkIds);

    /**
     * Replaces the stored network while it is still at {@code expectedVersion}; otherwise (or
     * when it is gone) throws {@link io.offerline.core.common.ConflictException} and writes nothing.
     */
    void replace(AffiliateNetwork network, long expectedVersion);

    /** A workspace's networks that pass {@code filter}, oldest first. */
    Page<AffiliateNetwork> list(String workspaceId, NetworkFilter filter, PageRequest page);
}
