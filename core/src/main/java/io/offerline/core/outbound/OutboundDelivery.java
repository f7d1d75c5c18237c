package io.offerline.core.outbound;

import java.time.Instant;
import java.util.Objects;

/**
 * One postback to send to a traffic source, as it travels through the queue.
 *
 * @param key the idempotency key: one per conversion, status and destination
 * @param url the URL to call, macros filled in (it may hold the source's secrets, so it is never logged as it is)
 * @param convertedAt when the conversion was recorded: the log entry's place
 * @param attempt the number of the attempt this message is for, from 1
 */
public record OutboundDelivery(String key, String accountId, String trafficSourceId, String clickId, String txid, String url,
        Instant convertedAt, int attempt) {

    public OutboundDelivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(trafficSourceId, "trafficSourceId");
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(convertedAt, "convertedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
    }

    /** The same delivery, for the attempt after this one. */
    public OutboundDelivery next() {
        return new OutboundDelivery(key, accountId, trafficSourceId, clickId, txid, url, convertedAt, attempt + 1);
    }
}
