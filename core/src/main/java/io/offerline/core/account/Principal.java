package io.offerline.core.account;

import io.offerline.core.common.InvalidInputException;
import java.util.Objects;

/** The authenticated caller of the API: a user of one account acting with one role. */
public record Principal(String accountId, String userId, Role role) {

    public Principal {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** Fails unless the caller is an owner or admin of the account. */
    public void requireAdmin() {
        if (role != Role.OWNER && role != Role.ADMIN) {
            throw new InvalidInputException("", "Only owners and admins may change the account; your role is " + role + ".");
        }
    }

    /** Fails when the caller's role may only read. */
    public void requireWrite() {
        if (!role.canWrite()) {
            throw new InvalidInputException("", "Your role " + role + " may not change anything.");
        }
    }
}
