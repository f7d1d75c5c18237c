package io.offerline.core.common;

/**
 * An update was based on a version of the entity that is no longer current; nothing was
 * written. The client reloads and tries again.
 */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
