package io.offerline.core.workspace;

import java.time.Instant;
import java.util.Objects;

/** A folder of offers, campaigns and networks inside one account. */
public record Workspace(String id, String accountId, String name, Instant createdAt, Visibility visibility) {

    public Workspace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A public workspace. */
    public Workspace(String id, String accountId, String name, Instant createdAt) {
        this(id, accountId, name, createdAt, Visibility.PUBLIC);
    }
}
