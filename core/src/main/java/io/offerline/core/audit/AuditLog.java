package io.offerline.core.audit;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;

/** Every change to an account's data, kept for {@link #RETENTION_DAYS} days. */
public interface AuditLog {

    int RETENTION_DAYS = 90;

    void record(AuditEntry entry);

    /** An account's entries that pass the filter, newest first. */
    Page<AuditEntry> list(String accountId, AuditFilter filter, PageRequest page);
}
