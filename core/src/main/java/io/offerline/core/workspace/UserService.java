package io.offerline.core.workspace;

import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.account.User;
import io.offerline.core.account.UserInput;
import io.offerline.core.account.UserRepository;
import io.offerline.core.common.ForbiddenException;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds, changes and removes the users of the caller's account. Owners manage everyone; admins
 * manage everyone but owners; an account always keeps at least one owner.
 */
public final class UserService {

    private final UserRepository users;
    private final WorkspaceService workspaces;
    private final ApiKeys apiKeys;
    private final Clock clock;

    public UserService(UserRepository users, WorkspaceService workspaces, ApiKeys apiKeys, Clock clock) {
        this.users = users;
        this.workspaces = workspaces;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /** The account's users, oldest first, each last active when one of its keys was last used; owners and admins only. */
    public List<User> list(Principal principal) {
        principal.requireAdmin();
        Map<String, Instant> lastActive = new HashMap<>();
        apiKeys.listAccount(principal.accountId()).stream().filter(key -> key.lastUsedAt() != null)
                .forEach(key -> lastActive.merge(key.userId(), key.lastUsedAt(), (one, other) -> one.isAfter(other) ? one : other));
        return users.list(principal.accountId()).stream()
                .sorted(Comparator.comparing(User::createdAt).thenComparing(User::id))
                .map(user -> user.activeAt(lastActive.get(user.id())))
                .toList();
    }

    /**
     * The user whose API keys the caller may list, create and revoke: every user their own, owners
     * and admins those of the users they manage. Anyone else's answers {@code FORBIDDEN}, whether
     * the user exists or not.
     */
    public User keyHolder(Principal principal, String userId) {
        if (principal.userId().equals(userId)) {
            return users.find(principal.accountId(), userId).orElseThrow(() -> new NotFoundException("userId", "No user with id " + userId + "."));
        }
        principal.requireAdmin();
        try {
            return managed(principal, userId);
        } catch (NotFoundException missing) {
            throw new NotFoundException("userId", missing.getMessage());
        }
    }

    public User create(Principal principal, UserInput input) {
        principal.requireAdmin();
        requireMayGrant(principal, input.role());
        check(principal, input, null);
        User user = new User(Ids.newId(), principal.accountId(), input.name(), input.email(), input.role(), input.workspaceIds(),
                clock.instant(), null);
        users.save(user);
        return user;
    }

    /** Replaces the user's name, email, role and workspaces. */
    public User update(Principal principal, String userId, UserInput input) {
        principal.requireAdmin();
        User current = managed(principal, userId);
        requireMayGrant(principal, input.role());
        check(principal, input, current);
        if (input.role() != Role.OWNER) {
            requireAnotherOwner(current, "role", "demoted");
        }
        User updated = current.with(input);
        users.save(updated);
        apiKeys.forgetUser(updated.accountId(), updated.id());
        return updated;
    }

    /** Removes the user and revokes the user's keys. */
    public User remove(Principal principal, String userId) {
        principal.requireAdmin();
        User current = managed(principal, userId);
        requireAnotherOwner(current, "id", "removed");
        users.delete(current.accountId(), current.id());
        apiKeys.revokeAll(current.accountId(), current.id());
        return current;
    }

    /**
     * A user of the caller's account that the caller may manage: admins manage everyone but
     * owners. A user of another account answers like a missing one.
     */
    public User managed(Principal principal, String userId) {
        User user = users.find(principal.accountId(), userId)
                .orElseThrow(() -> new NotFoundException("id", "No user with id " + userId + "."));
        if (user.role() == Role.OWNER && principal.role() != Role.OWNER) {
            throw new ForbiddenException("Only owners may change or remove an owner; your role is " + principal.role() + ".");
        }
        return user;
    }

    private static void requireMayGrant(Principal principal, Role role) {
        if (role == Role.OWNER && principal.role() != Role.OWNER) {
            throw new ForbiddenException("Only owners may make a user an owner; your role is " + principal.role() + ".");
        }
    }

    private void check(Principal principal, UserInput input, User current) {
        Violations violations = new Violations();
        input.workspaceIds().forEach(id -> violations.valid(() -> workspaces.visible(principal, "workspaceIds", id)));
        boolean emailTaken = users.list(principal.accountId()).stream()
                .anyMatch(other -> other.email().equals(input.email()) && (current == null || !other.id().equals(current.id())));
        if (emailTaken) {
            violations.add("email", "The account already has a user with email " + input.email() + ".");
        }
        violations.throwIfAny();
    }

    private void requireAnotherOwner(User user, String field, String change) {
        boolean another = users.list(user.accountId()).stream()
                .anyMatch(other -> other.role() == Role.OWNER && !other.id().equals(user.id()));
        if (user.role() == Role.OWNER && !another) {
            throw new InvalidInputException(field, "User " + user.id() + " is the account's last owner and cannot be " + change
                    + "; make another user an owner first.");
        }
    }
}
