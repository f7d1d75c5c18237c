package io.offerline.core.conversion;

/** What became of a postback. Only ACCEPTED, OVER_CAP and STATUS_UPDATED change anything. */
public enum PostbackOutcome {
    /** A new conversion was recorded. */
    ACCEPTED,
    /** A new conversion was recorded beyond the offer's conversion cap, and flagged so. */
    OVER_CAP,
    /** A conversion with this txid exists; its status changed. */
    STATUS_UPDATED,
    DUPLICATE,
    UNKNOWN_CLICK,
    /** The click is older than the network's attribution window. */
    EXPIRED_CLICK,
    IP_NOT_ALLOWED,
    BAD_SECRET,
    INVALID_PARAMETER,
    NO_EXCHANGE_RATE,
    /**
     * The tracker failed (a storage call failed or timed out, or no exchange rates are stored yet):
     * the conversion may or may not be recorded, and sending it again is safe, since a repeat is
     * never counted twice.
     */
    TRY_AGAIN;

    /** Whether this outcome recorded or changed a conversion. */
    public boolean isApplied() {
        return this == ACCEPTED || this == OVER_CAP || this == STATUS_UPDATED;
    }

    /** Whether a postback with this outcome can never succeed as sent (answered 400). */
    public boolean isMalformed() {
        return this == INVALID_PARAMETER;
    }

    /** Whether the failure is the tracker's, so that the sender is to send the postback again (answered 503). */
    public boolean isTrackersFailure() {
        return this == TRY_AGAIN;
    }
}
