package io.offerline.core.workspace;

import java.time.Instant;

/**
 * An entity a user names, changes with optimistic versions and archives inside one workspace:
 * offers, campaigns, landers, traffic sources and affiliate networks.
 *
 * @param <T> the entity's own type
 */
public interface WorkspaceEntity<T extends WorkspaceEntity<T>> extends WorkspaceScoped {

    String id();

    String name();

    boolean archived();

    /** Starts at 1 and grows by one with every stored change. */
    long version();

    Instant createdAt();

    Instant updatedAt();

    /** This entity archived or restored, one version on. */
    T withArchived(boolean archive, Instant now);
}
