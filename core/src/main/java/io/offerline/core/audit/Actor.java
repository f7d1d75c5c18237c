package io.offerline.core.audit;

import io.offerline.core.account.Principal;
import java.util.Objects;

/**
 * Who makes a change: a user through an API key, or an operator of the stack.
 *
 * @param keyId the API key's id, or null for an operator
 */
public record Actor(String userId, String keyId) {

    /** The user id entries of {@code offerline-admin} commands carry. */
    public static final String OPERATOR = "operator";

    public Actor {
        Objects.requireNonNull(userId, "userId");
    }

    /** The caller of the API, with the key it presented. */
    public static Actor of(Principal principal) {
        return new Actor(principal.userId(), principal.keyId());
    }

    public static Actor operator() {
        return new Actor(OPERATOR, null);
    }
}
