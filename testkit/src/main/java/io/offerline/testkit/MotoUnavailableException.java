package io.offerline.testkit;

/**
 * moto could not be found, installed or started. The message is one sentence for the user: what
 * is missing and the command that fixes it, so a launcher prints it without a stack trace.
 */
public final class MotoUnavailableException extends IllegalStateException {

    public MotoUnavailableException(String message) {
        super(message);
    }

    public MotoUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
