package io.offerline.admin;

/** A command line that cannot be run; its message says what to change. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
