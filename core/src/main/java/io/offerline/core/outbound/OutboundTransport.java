package io.offerline.core.outbound;

/** Calls a traffic source's postback URL or an ad platform's conversion API. */
public interface OutboundTransport {

    /**
     * Sends the delivery: a GET of its URL, or a POST of its JSON body, with its headers and
     * {@code Idempotency-Key}, following no redirect.
     *
     * @return the answer's HTTP status
     * @throws DestinationRefusedException when the URL's host is not a public address
     * @throws OutboundCallFailedException when no answer came (connection, timeout)
     */
    int send(OutboundDelivery delivery);
}
