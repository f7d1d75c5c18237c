package io.offerline.core.outbound;

/** A postback call that got no answer: the connection failed or timed out. */
public final class OutboundCallFailedException extends RuntimeException {

    public OutboundCallFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
