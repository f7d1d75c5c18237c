package io.offerline.core.account;

import io.offerline.core.common.ForbiddenException;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of the API: a user of one account acting with one role.
 *
 * @param workspaceIds the private workspaces the user is assigned to (owners and admins see every one)
 * @param keyId the API key the caller presented, or null when the caller is not an API key's
 */
public record Principal(String accountId, String userId, Role role, Set<String> workspaceIds, String keyId) {

    public Principal {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        workspaceIds = Set.copyOf(workspaceIds);
    }

    /** A caller assigned to no workspace, through no API key. */
    public Principal(String accountId, String userId, Role role) {
        this(accountId, userId, role, Set.of(), null);
    }

    /** The user the caller acts as, through no API key. */
    public static Principal of(User user) {
        return of(user, null);
    }

    /** The user the caller acts as, through the API key {@code keyId}. */
    public static Principal of(User user, String keyId) {
        return new Principal(user.accountId(), user.id(), user.role(), user.workspaceIds(), keyId);
    }

    /** Owners and admins see every workspace of their account, private ones too. */
    public boolean seesEveryWorkspace() {
        return isOwnerOrAdmin();
    }

    /** Owners and admins manage the account and its users. */
    public boolean isOwnerOrAdmin() {
        return role == Role.OWNER || role == Role.ADMIN;
    }

    /** Fails unless the caller is an owner or admin of the account. */
    public void requireAdmin() {
        if (!isOwnerOrAdmin()) {
            throw new ForbiddenException("Only owners and admins may do this; your role is " + role + ".");
        }
    }

    /** Fails when the caller's role may only read. */
    public void requireWrite() {
        if (!role.canWrite()) {
            throw new ForbiddenException("Your role " + role + " may not change anything.");
        }
    }
}
