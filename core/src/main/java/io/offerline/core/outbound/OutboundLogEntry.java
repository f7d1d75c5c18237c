package io.offerline.core.outbound;

import java.time.Instant;
import java.util.Objects;

/**
 * A postback to a traffic source as the outbound log shows it.
 *
 * @param id the delivery's idempotency key
 * @param url the URL with its secrets removed ({@link OutboundUrls#redacted})
 * @param responseCode the HTTP status of the last answer, or null
 * @param attempts how many attempts were made (0 while queued)
 * @param lastError why the last attempt failed, or null
 */
public record OutboundLogEntry(String id, String accountId, String trafficSourceId, String clickId, String txid, String url,
        OutboundStatus status, Integer responseCode, int attempts, String lastError, Instant convertedAt, Instant updatedAt) {

    public OutboundLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(url, "url");
    }
}
