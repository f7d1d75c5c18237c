package io.offerline.core.tracking;

/**
 * A tracking request that cannot be routed at all: storage failed, and the function knows
 * nothing (not even a stale entry) of the campaign or visit it needs. The tracking URLs answer
 * it with their documented "try again" status, never a 500.
 */
public final class TrackingUnavailableException extends RuntimeException {

    public TrackingUnavailableException(String what, RuntimeException cause) {
        super(what + " could not be read, and none is cached", cause);
    }
}
