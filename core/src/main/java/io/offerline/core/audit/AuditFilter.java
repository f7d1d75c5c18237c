package io.offerline.core.audit;

import io.offerline.core.common.InvalidInputException;
import java.time.Instant;

/**
 * Which entries to list; every part is optional.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(String userId, String entityId, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("filter.to", "to must be after from.");
        }
    }
}
