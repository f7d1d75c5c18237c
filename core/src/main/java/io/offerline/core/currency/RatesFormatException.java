package io.offerline.core.currency;

/** A rates document that cannot be read: not well-formed, not the ECB's format, or refused as unsafe. */
public class RatesFormatException extends RuntimeException {

    public RatesFormatException(String message) {
        super(message);
    }

    public RatesFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
