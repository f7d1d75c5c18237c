package io.offerline.core.workspace;

import java.time.Instant;

/**
 * What the service, not the user, decides about a stored entity: its identity, archived flag,
 * version and times.
 */
public record Stamp(String id, String accountId, boolean archived, long version, Instant createdAt, Instant updatedAt) {

    /** A new entity's stamp: active, at version 1, created and updated {@code now}. */
    static Stamp first(String id, String accountId, Instant now) {
        return new Stamp(id, accountId, false, 1, now, now);
    }

    /** The stamp of {@code current}'s next version, changed {@code now}. */
    static Stamp next(WorkspaceEntity<?> current, Instant now) {
        return new Stamp(current.id(), current.accountId(), current.archived(), current.version() + 1, current.createdAt(), now);
    }
}
