package io.offerline.core.conversion;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One received postback and what became of it, for "why is my revenue 0?".
 *
 * @param accountId the account of the click, or null when the click is unknown
 */
public record PostbackLogEntry(
        String id,
        String accountId,
        Instant receivedAt,
        String clickId,
        PostbackOutcome outcome,
        String reason,
        Map<String, String> parameters,
        String sourceIp,
        Instant expiresAt) {

    public PostbackLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expiresAt, "expiresAt");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
