package io.offerline.core.conversion;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;

/** Every received postback with its outcome, kept for {@link #RETENTION_DAYS} days. */
public interface PostbackLog {

    int RETENTION_DAYS = 90;

    void record(PostbackLogEntry entry);

    /**
     * An account's entries, newest first; {@code accountId} null lists postbacks whose click was
     * unknown, which belong to no account.
     *
     * @param outcome only entries with this outcome, or null for all
     */
    Page<PostbackLogEntry> list(String accountId, PostbackOutcome outcome, PageRequest page);
}
