package io.offerline.core.workspace;

/** Who of an account's users may open a workspace. */
public enum Visibility {
    /** Every user of the account. */
    PUBLIC,
    /** The users assigned to it, plus owners and admins. */
    PRIVATE
}
