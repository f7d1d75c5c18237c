package io.offerline.core.outbound;

/** Calls a traffic source's postback URL. */
public interface OutboundTransport {

    /**
     * Sends a GET to {@code url} with the header {@code Idempotency-Key}, following no redirect.
     *
     * @return the answer's HTTP status
     * @throws DestinationRefusedException when the URL's host is not a public address
     * @throws OutboundCallFailedException when no answer came (connection, timeout)
     */
    int get(String url, String idempotencyKey);
}
