package io.offerline.core.outbound;

/** A postback URL whose host resolves to a private, loopback or link-local address: never called, never retried. */
public final class DestinationRefusedException extends RuntimeException {

    public DestinationRefusedException(String message) {
        super(message);
    }
}
