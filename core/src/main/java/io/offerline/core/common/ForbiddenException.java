package io.offerline.core.common;

/**
 * The caller's role may not perform the operation, whatever its target. Answered the same for
 * every id, so it reveals nothing about what exists.
 */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
