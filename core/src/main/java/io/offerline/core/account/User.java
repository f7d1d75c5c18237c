package io.offerline.core.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person who works in an account with one role.
 *
 * @param workspaceIds the private workspaces the user is assigned to; owners and admins need none
 * @param lastActiveAt when one of the user's keys was last used, at most a minute stale; null before the first use
 */
public record User(String id, String accountId, String name, String email, Role role, Set<String> workspaceIds,
        Instant createdAt, Instant lastActiveAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        workspaceIds = Set.copyOf(workspaceIds);
    }

    /** This user, last active at {@code at}. */
    public User activeAt(Instant at) {
        return new User(id, accountId, name, email, role, workspaceIds, createdAt, at);
    }

    /** This user with the given name, email, role and workspaces. */
    public User with(UserInput input) {
        return new User(id, accountId, input.name(), input.email(), input.role(), input.workspaceIds(), createdAt, lastActiveAt);
    }
}
