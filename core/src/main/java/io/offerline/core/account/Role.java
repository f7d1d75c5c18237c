package io.offerline.core.account;

/** What a user may do in the workspaces of their account. */
public enum Role {
    OWNER, ADMIN, WORKER, READ_ONLY;

    public boolean canWrite() {
        return this != READ_ONLY;
    }
}
