package io.offerline.core.audit;

import io.offerline.core.account.Principal;
import java.util.Objects;

/**
 * Who makes a change: a user through an API key, or an operator of the stack.
 *
 * @param keyId the key's id, or null for a key without one
 */
public record Actor(String userId, String keyId) {

    /** The user id entries of {@code offerline-admin} commands carry. */
    public static final String OPERATOR = "operator";

    public Actor {
        Objects.requireNonNull(userId, "userId");
    }

    /**
     * The caller of the API. Today's keys carry no id, so {@code keyId} stays null; a principal
     * that knows its key's id is the one place to pass it on.
     */
    public static Actor of(Principal principal) {
        return new Actor(principal.userId(), null);
    }

    public static Actor operator() {
        return new Actor(OPERATOR, null);
    }
}
