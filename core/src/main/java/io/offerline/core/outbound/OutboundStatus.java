package io.offerline.core.outbound;

/** Where a postback to a traffic source stands. */
public enum OutboundStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** An attempt failed; another is scheduled. */
    RETRYING,
    /** The source answered 2xx; recorded at most once per delivery. */
    SENT,
    /** Every attempt failed, or the destination was refused. */
    FAILED
}
