package io.offerline.core.outbound;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One postback to send to a traffic source, as it travels through the queue.
 *
 * @param key the idempotency key: one per conversion, status and destination
 * @param url the URL to call, macros filled in (it may hold the source's secrets, so it is never logged as it is)
 * @param convertedAt when the conversion was recorded: the log entry's place
 * @param headers request headers beside the idempotency key (an ad platform's access token)
 * @param body the JSON body of a POST; null for a GET
 * @param attempt the number of the attempt this message is for, from 1
 */
public record OutboundDelivery(String key, String accountId, String trafficSourceId, String clickId, String txid, String url,
        Map<String, String> headers, String body, Instant convertedAt, int attempt) {

    /** A GET of {@code url}: a traffic source's postback. */
    public OutboundDelivery(String key, String accountId, String trafficSourceId, String clickId, String txid, String url,
            Instant convertedAt, int attempt) {
        this(key, accountId, trafficSourceId, clickId, txid, url, Map.of(), null, convertedAt, attempt);
    }

    public OutboundDelivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(trafficSourceId, "trafficSourceId");
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(convertedAt, "convertedAt");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
    }

    /** The same delivery, for the attempt after this one. */
    public OutboundDelivery next() {
        return new OutboundDelivery(key, accountId, trafficSourceId, clickId, txid, url, headers, body, convertedAt, attempt + 1);
    }
}
